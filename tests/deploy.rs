//! The deploy kit (deploy/): every file parses, both pipelines pass `agentwatch validate`, and
//! the pieces fit together — roles, probes, ports, mounts, Collector pipelines, topics, the
//! dashboard's data source. (No container runtime runs here; the dashboard's SQL is run by
//! tests/clickhouse.rs.)

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

fn deploy(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("deploy")
        .join(path)
}

/// Every YAML document of a file, with merge keys (`<<: *anchor`) applied as compose does.
fn yaml_docs(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap();
    serde_yaml::Deserializer::from_str(&text)
        .map(|d| {
            let mut doc: Value = serde::Deserialize::deserialize(d)
                .unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()));
            doc.apply_merge()
                .unwrap_or_else(|e| panic!("{}: bad merge key: {e}", path.display()));
            doc
        })
        .collect()
}

fn yaml(path: &str) -> Value {
    yaml_docs(&deploy(path)).remove(0)
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    let mut at = v;
    for key in path {
        at = &at[*key];
    }
    at.as_str()
        .unwrap_or_else(|| panic!("no string at {path:?} in {v:?}"))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Test values for the secrets the deploy pipelines reference (files and variables that exist
/// only where they are deployed).
const SECRETS: [(&str, &str); 4] = [
    (
        "${file:/run/secrets/agentwatch_ingest_token}",
        "ingest-token-for-the-test",
    ),
    (
        "${file:/run/secrets/agentwatch_admin_token}",
        "admin-token-for-the-test",
    ),
    (
        "${env:AGENTWATCH_INGEST_TOKEN}",
        "ingest-token-for-the-test",
    ),
    ("${env:AGENTWATCH_ADMIN_TOKEN}", "admin-token-for-the-test"),
];

/// `agentwatch validate` on `yaml` (written to a file), with the secrets it references set.
/// Every listener it opens to the network has TLS and tokens: `validate` warns of none.
fn validate_pipeline(yaml: &str) -> agentwatch::app::PipelineConfig {
    let mut yaml = yaml.to_owned();
    for (reference, value) in SECRETS {
        yaml = yaml.replace(reference, value);
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pipeline.yaml");
    std::fs::write(&file, &yaml).unwrap();
    let out = std::process::Command::new(common::binary())
        .arg("validate")
        .arg(&file)
        .env("CLICKHOUSE_PASSWORD", "test-password")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "agentwatch validate refused the pipeline:\n{}\n{yaml}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The same file, loaded here for the checks below (the secret filled in by hand).
    let config = agentwatch::app::PipelineConfig::from_yaml(
        &yaml.replace("${env:CLICKHOUSE_PASSWORD}", "test-password"),
        "test",
    )
    .unwrap();
    assert!(
        config.exposed(true).is_empty(),
        "unprotected listeners: {:?}",
        config.exposed(true)
    );
    assert!(
        matches!(config.bus, agentwatch::bus::config::BusConfig::Kafka(_)),
        "a distributed pipeline needs the Kafka bus"
    );
    assert!(
        matches!(
            config.store,
            agentwatch::store::config::StoreConfig::Clickhouse(_)
        ),
        "a distributed pipeline needs the ClickHouse store"
    );
    config
}

fn port_of(endpoint: &str) -> u64 {
    endpoint.rsplit(':').next().unwrap().parse().unwrap()
}

#[test]
fn every_deploy_file_parses() {
    let mut files = Vec::new();
    files_under(&deploy(""), &mut files);
    let mut kinds = BTreeSet::new();
    for file in &files {
        match file.extension().and_then(|e| e.to_str()) {
            Some("yaml" | "yml") => {
                assert!(!yaml_docs(file).is_empty(), "{} is empty", file.display());
                kinds.insert("yaml");
            }
            Some("json") => {
                let text = std::fs::read_to_string(file).unwrap();
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()));
                kinds.insert("json");
            }
            _ => {}
        }
    }
    assert_eq!(kinds.len(), 2, "YAML and JSON files were found: {files:?}");
}

/// Every component a Collector pipeline names is defined in its section.
fn check_collector(path: &str) -> Value {
    let config = yaml(path);
    let pipelines = config["service"]["pipelines"].as_mapping().unwrap();
    assert!(!pipelines.is_empty(), "{path}: no pipelines");
    for (name, pipeline) in pipelines {
        for section in ["receivers", "processors", "exporters"] {
            for component in pipeline[section].as_sequence().into_iter().flatten() {
                let component = component.as_str().unwrap();
                assert!(
                    config[section].get(component).is_some(),
                    "{path}: pipeline {name:?} uses {section}.{component}, which is not defined"
                );
            }
        }
    }
    config
}

#[test]
fn collector_configs_are_complete_and_match_the_bus() {
    let defaults = agentwatch::bus::config::KafkaBusConfig::default();
    for path in [
        "collector/otlp-to-agentwatch.yaml",
        "collector/kafka-to-agentwatch.yaml",
        "compose/collector.yaml",
    ] {
        let config = check_collector(path);
        if let Some(kafka) = config["exporters"].get("kafka") {
            assert_eq!(str_at(kafka, &["traces", "topic"]), defaults.span_topic);
            assert_eq!(str_at(kafka, &["traces", "encoding"]), "otlp_proto");
            assert_eq!(
                kafka["producer"]["max_message_bytes"].as_u64(),
                Some(defaults.max_message_bytes as u64),
                "{path}: messages the span log takes"
            );
        }
    }
    // The compose Collector has both ways in, each on its own receiver.
    let compose = yaml("compose/collector.yaml");
    let pipelines = &compose["service"]["pipelines"];
    assert_eq!(
        pipelines["traces/kafka"]["exporters"][0].as_str(),
        Some("kafka")
    );
    assert_eq!(
        pipelines["traces/direct"]["exporters"][0].as_str(),
        Some("otlp/agentwatch")
    );
    assert_ne!(
        pipelines["traces/kafka"]["receivers"], pipelines["traces/direct"]["receivers"],
        "one span must not take both paths"
    );
}

#[test]
fn compose_runs_every_role_against_kafka_kraft_and_clickhouse() {
    let compose = yaml("compose/docker-compose.yaml");
    let pipeline_text = std::fs::read_to_string(deploy("compose/pipeline.yaml")).unwrap();
    let pipeline = validate_pipeline(&pipeline_text);
    let services = compose["services"].as_mapping().unwrap();
    let names: BTreeSet<&str> = services.keys().map(|k| k.as_str().unwrap()).collect();
    for needed in [
        "kafka",
        "clickhouse",
        "agentwatch-ingest",
        "agentwatch-score",
        "agentwatch-detect",
        "collector",
        "grafana",
    ] {
        assert!(names.contains(needed), "no {needed} service: {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("zookeeper")));
    let kafka_env = &services[&Value::from("kafka")]["environment"];
    assert!(
        str_at(kafka_env, &["KAFKA_PROCESS_ROLES"]).contains("controller"),
        "KRaft"
    );
    // Each role runs `run --role ROLE` on the mounted pipeline, which is this file.
    for role in ["ingest", "score", "detect"] {
        let service = &services[&Value::from(format!("agentwatch-{role}"))];
        let command: Vec<&str> = service["command"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let at = command.iter().position(|c| *c == "--role").unwrap();
        assert_eq!(command[at + 1], role);
        let config_at = command.iter().position(|c| *c == "--config").unwrap();
        assert_eq!(command[config_at + 1], "/etc/agentwatch/pipeline.yaml");
        // The YAML anchor (<<: *agentwatch) brings in the certificates and tokens the pipeline
        // reads from /run/secrets, each a secret defined at the top.
        let secrets: Vec<&str> = service["secrets"]
            .as_sequence()
            .expect("secrets merged in")
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        for name in secrets.iter().chain(["agentwatch_ca"].iter()) {
            assert!(
                compose["secrets"][*name]["file"].as_str().is_some(),
                "secret {name} is not defined"
            );
        }
        for referenced in pipeline_text.split("/run/secrets/").skip(1) {
            let name: String = referenced
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            assert!(secrets.contains(&name.as_str()), "{role}: no secret {name}");
        }
        // The YAML anchor (<<: *agentwatch) brings in the mount.
        let volumes = service["volumes"].as_sequence().expect("volumes merged in");
        assert!(
            volumes
                .iter()
                .any(|v| v.as_str() == Some("./pipeline.yaml:/etc/agentwatch/pipeline.yaml:ro"))
        );
    }
    // The pipeline names the compose services.
    let agentwatch::bus::config::BusConfig::Kafka(bus) = &pipeline.bus else {
        unreachable!()
    };
    assert_eq!(bus.brokers, "kafka:9092");
    let agentwatch::store::config::StoreConfig::Clickhouse(store) = &pipeline.store else {
        unreachable!()
    };
    assert_eq!(store.url, "http://clickhouse:8123");
    assert_eq!(
        str_at(
            &services[&Value::from("clickhouse")]["environment"],
            &["CLICKHOUSE_USER"]
        ),
        store.user
    );
    // The Collector's direct path reaches the ingest service's gRPC port.
    let collector = yaml("compose/collector.yaml");
    let grpc = pipeline.receivers.otlp.protocols.grpc.as_ref().unwrap();
    assert_eq!(
        str_at(&collector, &["exporters", "otlp/agentwatch", "endpoint"]),
        format!("agentwatch-ingest:{}", port_of(&grpc.endpoint))
    );
    // ... over TLS, trusting the secret CA, with the ingest token.
    assert_eq!(
        str_at(
            &collector,
            &["exporters", "otlp/agentwatch", "tls", "ca_file"]
        ),
        "/run/secrets/agentwatch_ca"
    );
    assert_eq!(
        str_at(
            &collector,
            &["exporters", "otlp/agentwatch", "headers", "authorization"]
        ),
        "Bearer ${file:/run/secrets/agentwatch_ingest_token}"
    );
    // Every host path a service mounts exists.
    for (name, service) in services {
        for volume in service["volumes"].as_sequence().into_iter().flatten() {
            let source = volume.as_str().unwrap().split(':').next().unwrap();
            if source.starts_with('.') {
                assert!(
                    deploy("compose").join(source).exists(),
                    "{name:?} mounts {source}, which does not exist"
                );
            }
        }
    }
    let build = &compose["x-agentwatch"]["build"];
    let context = deploy("compose").join(str_at(build, &["context"]));
    assert!(context.join(str_at(build, &["dockerfile"])).is_file());
}

#[test]
fn kubernetes_deployments_probe_the_health_endpoints_of_their_role() {
    let kustomization = yaml("kubernetes/kustomization.yaml");
    let mut objects = Vec::new();
    for resource in kustomization["resources"].as_sequence().unwrap() {
        let path = deploy("kubernetes").join(resource.as_str().unwrap());
        objects.extend(yaml_docs(&path));
    }
    let configmap = objects
        .iter()
        .find(|o| o["kind"] == "ConfigMap")
        .expect("a ConfigMap");
    let pipeline = validate_pipeline(str_at(configmap, &["data", "pipeline.yaml"]));
    let admin_port = port_of(pipeline.admin.endpoint.as_deref().unwrap());
    let grpc_port = port_of(
        &pipeline
            .receivers
            .otlp
            .protocols
            .grpc
            .as_ref()
            .unwrap()
            .endpoint,
    );
    let http_port = port_of(
        &pipeline
            .receivers
            .otlp
            .protocols
            .http
            .as_ref()
            .unwrap()
            .endpoint,
    );

    let deployments: Vec<&Value> = objects
        .iter()
        .filter(|o| o["kind"] == "Deployment")
        .collect();
    let mut roles = BTreeSet::new();
    for d in &deployments {
        let component = str_at(d, &["metadata", "labels", "app.kubernetes.io/component"]);
        let pod = &d["spec"]["template"];
        assert_eq!(
            d["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"],
            "{component}: selector matches its pods"
        );
        let container = &pod["spec"]["containers"][0];
        let args: Vec<&str> = container["args"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let at = args.iter().position(|a| *a == "--role").unwrap();
        assert_eq!(args[at + 1], component, "the pod runs its own role");
        roles.insert(component.to_owned());
        // Probes: /readyz and /healthz on the admin port of the pipeline.
        let ports = container["ports"].as_sequence().unwrap();
        let port = |name: &str| {
            ports
                .iter()
                .find(|p| p["name"] == name)
                .and_then(|p| p["containerPort"].as_u64())
        };
        assert_eq!(port("admin"), Some(admin_port), "{component}");
        assert_eq!(
            str_at(container, &["readinessProbe", "httpGet", "path"]),
            "/readyz"
        );
        assert_eq!(
            str_at(container, &["livenessProbe", "httpGet", "path"]),
            "/healthz"
        );
        // Start-up (waiting for Kafka and ClickHouse) is not mistaken for a hang.
        assert_eq!(
            str_at(container, &["startupProbe", "httpGet", "path"]),
            "/healthz"
        );
        for probe in ["startupProbe", "readinessProbe", "livenessProbe"] {
            assert_eq!(str_at(container, &[probe, "httpGet", "port"]), "admin");
            // The admin endpoint speaks TLS; probes need no token (open_probes).
            assert_eq!(str_at(container, &[probe, "httpGet", "scheme"]), "HTTPS");
        }
        assert!(pipeline.admin.open_probes);
        // The TLS Secret is mounted where the pipeline reads the certificate, and the tokens
        // the pipeline names come from a Secret.
        let cert = pipeline.admin.tls.as_ref().unwrap().cert_file.clone();
        let mounted = container["volumeMounts"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|m| cert.starts_with(str_at(m, &["mountPath"])))
            .expect("the certificate's directory is mounted");
        let volume = pod["spec"]["volumes"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|v| v["name"] == mounted["name"])
            .unwrap();
        assert_eq!(str_at(volume, &["secret", "secretName"]), "agentwatch-tls");
        for name in ["AGENTWATCH_INGEST_TOKEN", "AGENTWATCH_ADMIN_TOKEN"] {
            let var = container["env"]
                .as_sequence()
                .unwrap()
                .iter()
                .find(|e| e["name"] == name)
                .unwrap_or_else(|| panic!("{component}: no {name}"));
            assert_eq!(
                str_at(var, &["valueFrom", "secretKeyRef", "name"]),
                "agentwatch-tokens"
            );
        }
        // The pipeline is the ConfigMap, mounted where --config points.
        let config_at = args.iter().position(|a| *a == "--config").unwrap();
        let mount = &container["volumeMounts"][0];
        assert!(args[config_at + 1].starts_with(str_at(mount, &["mountPath"])));
        assert_eq!(
            str_at(&pod["spec"]["volumes"][0], &["configMap", "name"]),
            str_at(configmap, &["metadata", "name"])
        );
        // The ClickHouse password comes from a Secret, never the manifest.
        assert_eq!(
            str_at(&container["env"][0], &["name"]),
            "CLICKHOUSE_PASSWORD"
        );
        assert!(container["env"][0]["valueFrom"]["secretKeyRef"].is_mapping());
        match component {
            "ingest" => {
                assert_eq!(port("otlp-grpc"), Some(grpc_port));
                assert_eq!(port("otlp-http"), Some(http_port));
            }
            "detect" => {
                assert_eq!(d["spec"]["replicas"].as_u64(), Some(1), "one detect");
                assert_eq!(str_at(d, &["spec", "strategy", "type"]), "Recreate");
            }
            _ => {}
        }
    }
    assert_eq!(
        roles,
        BTreeSet::from(["detect".into(), "ingest".into(), "score".into()])
    );
    // The Service sends OTLP to the ingest pods' named ports.
    let service = objects.iter().find(|o| o["kind"] == "Service").unwrap();
    assert_eq!(
        str_at(
            service,
            &["spec", "selector", "app.kubernetes.io/component"]
        ),
        "ingest"
    );
    let targets: BTreeSet<&str> = service["spec"]["ports"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|p| p["targetPort"].as_str().unwrap())
        .collect();
    assert_eq!(targets, BTreeSet::from(["otlp-grpc", "otlp-http"]));
}

#[test]
fn the_dashboard_uses_the_provisioned_clickhouse_source_for_every_metric() {
    let datasource = yaml("grafana/provisioning/datasources/clickhouse.yaml");
    let uid = str_at(&datasource["datasources"][0], &["uid"]);
    assert_eq!(
        str_at(&datasource["datasources"][0], &["type"]),
        "grafana-clickhouse-datasource"
    );
    let text = std::fs::read_to_string(deploy("grafana/dashboards/agentwatch.json")).unwrap();
    let dashboard: serde_json::Value = serde_json::from_str(&text).unwrap();
    let panels = dashboard["panels"].as_array().unwrap();
    for panel in panels {
        for target in panel["targets"].as_array().unwrap() {
            assert_eq!(target["datasource"]["uid"], uid, "{}", panel["title"]);
            assert!(target["rawSql"].as_str().unwrap().contains("agentwatch."));
        }
    }
    // Each metric the default rules judge has a panel with its baseline band.
    for metric in [
        "refusal_rate",
        "tool_error_rate",
        "pii_leak_count",
        "latency_p95",
    ] {
        let panel = panels
            .iter()
            .find(|p| {
                p["targets"][0]["rawSql"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("metric = '{metric}'"))
            })
            .unwrap_or_else(|| panic!("no panel for {metric}"));
        let sql = panel["targets"][0]["rawSql"].as_str().unwrap();
        assert!(
            sql.contains("band_low") && sql.contains("band_high"),
            "{sql}"
        );
        assert!(text.contains("fillBelowTo"));
    }
    assert!(
        dashboard["annotations"]["list"][0]["target"]["rawSql"]
            .as_str()
            .unwrap()
            .contains("agentwatch.alerts"),
        "alerts as annotations"
    );
    // The provisioning provider loads the folder compose mounts the dashboards into.
    let provider = yaml("grafana/provisioning/dashboards/agentwatch.yaml");
    assert_eq!(
        str_at(&provider["providers"][0], &["options", "path"]),
        "/var/lib/grafana/dashboards"
    );
}
