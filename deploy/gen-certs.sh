#!/usr/bin/env bash
# A private CA, a server certificate, a client certificate (for mutual TLS) and two random
# bearer tokens, for trying agentwatch's TLS on one machine or in a test cluster. Production
# certificates come from your own CA (cert-manager, Vault, ...); the layout is the same.
#
#   deploy/gen-certs.sh DIR [EXTRA_SAN ...]
#
# DIR gets ca.crt, server.crt/.key (SANs: localhost, 127.0.0.1, agentwatch, agentwatch-ingest
# and any EXTRA_SAN, e.g. DNS:ingest.example.com or IP:10.0.0.5), client.crt/.key,
# ingest.token and admin.token. Keys and tokens are readable by their owner only.
set -euo pipefail
dir=${1:?usage: deploy/gen-certs.sh DIR [EXTRA_SAN ...]}
shift
mkdir -p "$dir"
cd "$dir"
umask 077
sans="DNS:localhost,IP:127.0.0.1,DNS:agentwatch,DNS:agentwatch-ingest"
for extra in "$@"; do sans="$sans,$extra"; done

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 \
  -subj "/CN=agentwatch private CA" -keyout ca.key -out ca.crt \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

issue() { # name, subject, extensions
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$2" \
    -keyout "$1.key" -out "$1.csr" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 397 \
    -out "$1.crt" -extfile <(printf '%s\n' "$3") 2>/dev/null
  rm -f "$1.csr"
}
issue server agentwatch "subjectAltName=$sans
extendedKeyUsage=serverAuth
keyUsage=critical,digitalSignature"
issue client collector "extendedKeyUsage=clientAuth
keyUsage=critical,digitalSignature"
rm -f ca.srl

openssl rand -hex 24 > ingest.token
openssl rand -hex 24 > admin.token
chmod 644 ca.crt server.crt client.crt
echo "wrote $(pwd): ca.crt server.crt server.key client.crt client.key ingest.token admin.token"
