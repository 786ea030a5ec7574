//! Config loading: good and deliberately bad files from `tests/data/config/`.

use super::*;
use crate::alert::NotifierConfig;
use crate::app::Role;
use crate::bus::config::{KafkaBusConfig, SpanEncoding};
use crate::config::Override;
use crate::store::config::ClickhouseStoreConfig;

fn load(name: &str) -> Result<PipelineConfig, ConfigError> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    PipelineConfig::load(&path)
}

/// The problems `from_yaml` finds in `text` (none when it loads).
fn yaml_issues(text: &str) -> Vec<ConfigIssue> {
    match PipelineConfig::from_yaml(text, "test") {
        Ok(_) => Vec::new(),
        Err(e) => issues(e),
    }
}

fn issues(err: ConfigError) -> Vec<ConfigIssue> {
    match err {
        ConfigError::Invalid { issues, .. } => issues,
        other => panic!("expected an invalid-config error, got {other}"),
    }
}

#[test]
fn shipped_local_pipeline_equals_the_defaults() {
    let config = load("pipelines/local.yaml").expect("pipelines/local.yaml loads");
    assert_eq!(config, PipelineConfig::default());
}

#[test]
fn empty_file_means_defaults() {
    assert_eq!(
        PipelineConfig::from_yaml("", "empty").unwrap(),
        PipelineConfig::default()
    );
    assert!(PipelineConfig::default().validate().is_empty());
}

#[test]
fn minimal_file_overrides_only_what_it_names() {
    let config = load("tests/data/config/good_minimal.yaml").unwrap();
    assert!(config.receivers.otlp.protocols.grpc.is_none());
    assert_eq!(
        config
            .receivers
            .otlp
            .protocols
            .http
            .as_ref()
            .unwrap()
            .endpoint,
        "127.0.0.1:0"
    );
    assert_eq!(config.admin.endpoint, None);
    assert_eq!(config.bus, BusConfig::default());
    assert_eq!(
        config.store,
        StoreConfig::Sqlite {
            path: "/tmp/agentwatch-test.db".into(),
            max_batch_rows: 8192
        }
    );
}

#[test]
fn every_semantic_error_is_reported_with_its_path() {
    let found = issues(load("tests/data/config/bad_many.yaml").unwrap_err());
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "receivers.otlp.protocols.grpc.endpoint",
            "receivers.otlp.max_request_bytes",
            "bus.max_queued_spans",
            "exporters.otlp.endpoint",
            "exporters.otlp.compression",
            "admin.ui.trace_url",
            "admin.endpoint",
        ],
        "{found:?}"
    );
    assert!(found[0].message.contains("localhost-no-port"));
    assert!(found[5].message.contains("must start with http://"));
    assert!(
        found[6]
            .message
            .contains("receivers.otlp.protocols.http.endpoint")
    );
}

#[test]
fn unknown_key_is_an_error_at_its_path() {
    let found = issues(load("tests/data/config/bad_unknown_key.yaml").unwrap_err());
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].path,
        "receivers.otlp.protocols.grpc.max_recv_msg_size"
    );
    assert!(
        found[0].message.contains("max_recv_msg_size"),
        "{}",
        found[0]
    );
}

#[test]
fn bad_duration_names_the_value_and_the_form() {
    let found = issues(load("tests/data/config/bad_duration.yaml").unwrap_err());
    assert_eq!(found[0].path, "service.shutdown_timeout");
    assert!(found[0].message.contains("ten seconds"), "{}", found[0]);
    assert!(found[0].message.contains("10s"), "{}", found[0]);
}

#[test]
fn unknown_kind_lists_the_known_ones() {
    let found = issues(load("tests/data/config/bad_kind.yaml").unwrap_err());
    assert_eq!(found[0].path, "store.kind");
    assert!(found[0].message.contains("postgres"), "{}", found[0]);
    assert!(found[0].message.contains("sqlite"), "{}", found[0]);
}

#[test]
fn missing_env_reference_names_variable_not_value() {
    let found = issues(load("tests/data/config/bad_env.yaml").unwrap_err());
    assert_eq!(found[0].path, "exporters.otlp.headers.authorization");
    assert!(found[0].message.contains("AGENTWATCH_TEST_UNSET_TOKEN"));
}

#[test]
fn secrets_are_not_printed_by_debug() {
    // SAFETY: this variable is used by this test only.
    unsafe { std::env::set_var("AGENTWATCH_TEST_SECRET_TOKEN", "tok-123-very-secret") };
    let yaml = "exporters:\n  otlp:\n    endpoint: http://127.0.0.1:1\n    headers:\n      authorization: ${env:AGENTWATCH_TEST_SECRET_TOKEN}\n";
    let config = PipelineConfig::from_yaml(yaml, "inline").unwrap();
    let exporter = config.exporters.otlp.as_ref().unwrap();
    assert_eq!(
        exporter.headers["authorization"].expose(),
        "tok-123-very-secret"
    );
    assert!(!format!("{config:?}").contains("tok-123"));
}

#[test]
fn not_yaml_is_reported_with_location() {
    let err = PipelineConfig::from_yaml("receivers: [unclosed", "inline").unwrap_err();
    assert!(matches!(err, ConfigError::Yaml { .. }), "{err}");
    assert!(err.to_string().contains("line"), "{err}");
}

#[test]
fn unknown_entity_type_lists_the_known_ones() {
    let found = issues(load("tests/data/config/bad_entity.yaml").unwrap_err());
    assert_eq!(found[0].path, "evaluators.pii_leak.entities[1]");
    assert!(found[0].message.contains("PASSPORT"), "{}", found[0]);
    assert!(found[0].message.contains("CREDIT_CARD"), "{}", found[0]);
}

#[test]
fn evaluator_settings_are_checked() {
    let found = issues(load("tests/data/config/bad_evaluators.yaml").unwrap_err());
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "evaluators.pii_leak.fields",
            "evaluators.pii_leak.deny_terms[0]",
            "evaluators.refusal.extra_phrases[0]",
        ],
        "{found:?}"
    );
}

#[test]
fn the_usage_and_format_settings_are_checked_with_their_paths() {
    let found = issues(load("tests/data/config/bad_signals.yaml").unwrap_err());
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|i| (i.path.as_str(), i.message.as_str()))
        .collect();
    let paths: Vec<&str> = got.iter().map(|(p, _)| *p).collect();
    assert_eq!(
        paths,
        vec![
            "evaluators.tokens.max_traces",
            "evaluators.cost.prices[0].input",
            "evaluators.cost.prices[1].pattern",
            "evaluators.cost.prices[2].pattern",
            "evaluators.format.expect[0].schema.properties.days.type",
            "evaluators.format.expect[1].format",
            "rules[0].min_ratio",
        ],
        "{found:?}"
    );
    assert!(got[1].1.contains("-0.5 is not a price"), "{got:?}");
    assert!(got[2].1.contains("is not a regular expression"), "{got:?}");
    assert!(got[4].1.contains("'list' is not a JSON type"), "{got:?}");
}

#[test]
fn rules_and_windows_are_checked() {
    let found = issues(load("tests/data/config/bad_rules.yaml").unwrap_err());
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "windows.length",
            "rules[0].kind",
            "rules[0].warmup",
            "rules[1].name",
            "rules[1].op",
            "rules[1].threshold",
            "rules[1].for",
            "rules[1].severity",
        ],
        "{found:?}"
    );
    assert!(found[0].message.contains("divide a day"), "{}", found[0]);
}

#[test]
fn unknown_metric_lists_the_known_ones() {
    let found = issues(load("tests/data/config/bad_metric.yaml").unwrap_err());
    assert_eq!(found[0].path, "rules[0].metric");
    assert!(found[0].message.contains("refusal_count"), "{}", found[0]);
    assert!(found[0].message.contains("refusal_rate"), "{}", found[0]);
}

#[test]
fn notifiers_and_routes_are_checked_without_echoing_secrets() {
    let yaml = "
rules:
  - name: pii_leak
    metric: pii_leak_count
    kind: static
    op: '>'
    threshold: 0
notifiers:
  oncall:
    kind: pagerduty
  team-slack:
    kind: slack
    url: not-a-url-s3cr3t
    routing_key: abc
  audit:
    kind: webhook
    url: https://hooks.example.com/agentwatch
    headers:
      'bad header': x
    max_backoff: 1ms
routes:
  - notifiers: [oncall, pager]
    group_by: [rule, colour]
    match:
      severity: [urgent]
      rule: [refusal_rate_anomaly]
    repeat_interval: 1m
";
    let err = PipelineConfig::from_yaml(yaml, "inline").unwrap_err();
    let text = err.to_string();
    let got = issues(err);
    let paths: Vec<&str> = got.iter().map(|i| i.path.as_str()).collect();
    for expected in [
        "notifiers.oncall.routing_key",
        "notifiers.team-slack.url",
        "notifiers.team-slack.kind",
        "notifiers.audit.headers.bad header",
        "notifiers.audit.max_backoff",
        "routes[0].notifiers[1]",
        "routes[0].group_by[1]",
        "routes[0].match.severity[0]",
        "routes[0].match.rule[0]",
        "routes[0].repeat_interval",
    ] {
        assert!(paths.contains(&expected), "missing {expected} in {paths:?}");
    }
    assert!(!text.contains("s3cr3t"), "a URL was echoed: {text}");
    assert!(text.contains("'pager' is not a notifier"), "{text}");
}

#[test]
fn a_complete_alerting_section_loads() {
    let yaml = "
notifiers:
  oncall:
    kind: pagerduty
    routing_key: k
  audit:
    kind: webhook
    url: http://127.0.0.1:9/hook
    secret: s
routes:
  - name: pages
    match: {severity: [critical]}
    notifiers: [oncall]
    continue: true
  - notifiers: [audit]
    group_by: [service]
    send_resolved: false
";
    let config = PipelineConfig::from_yaml(yaml, "inline").unwrap();
    assert_eq!(config.routes.len(), 2);
    assert!(config.routes[0].continue_matching);
    assert_eq!(config.routes[1].display_name(1), "route-1");
    assert_eq!(
        config.routes[0].group_wait,
        std::time::Duration::from_secs(30)
    );
    assert!(!config.routes[1].send_resolved);
    let NotifierConfig::Pagerduty(oncall) = &config.notifiers["oncall"] else {
        panic!("not a pagerduty notifier: {:?}", config.notifiers["oncall"]);
    };
    assert_eq!(
        oncall.url, None,
        "PagerDuty defaults to the public Events API"
    );
}

#[test]
fn kafka_bus_settings_are_checked() {
    let found = issues(load("tests/data/config/bad_kafka.yaml").unwrap_err());
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "bus.brokers",
            "bus.span_topic",
            "bus.detect_group",
            "bus.create_topics.partitions",
            "bus.properties.partition.assignment.strategy",
            "bus.compression",
            "bus.max_message_bytes",
            "bus.max_prefetch_bytes",
            "bus.session_timeout",
        ],
        "{found:?}"
    );
    assert!(found[7].message.contains("4096 is outside"), "{}", found[7]);
    assert!(
        found[1].message.contains("not a Kafka topic name"),
        "{}",
        found[1]
    );
    assert!(found[4].message.contains("incremental"), "{}", found[4]);
    assert!(found[5].message.contains("lz4"), "{}", found[5]);
}

#[test]
fn the_kafka_pipeline_file_is_valid_and_says_what_it_sets() {
    // Its secrets and certificate directory come from the environment, filled in here.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/kafka-clickhouse.yaml");
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace("${env:AGENTWATCH_CERTS}", "/etc/agentwatch/certs")
        .replace("${env:AGENTWATCH_INGEST_TOKEN}", "ingest-token-0123456789")
        .replace("${env:AGENTWATCH_ADMIN_TOKEN}", "admin-token-0123456789");
    let config = PipelineConfig::from_yaml(&text, "kafka-clickhouse.yaml").unwrap();
    // Every listener it opens to the network has TLS and tokens.
    assert!(
        config.exposed(true).is_empty(),
        "{:?}",
        config.exposed(true)
    );
    let BusConfig::Kafka(kafka) = &config.bus else {
        panic!("not a kafka bus: {:?}", config.bus);
    };
    assert_eq!(kafka.span_topic, "otlp_spans");
    assert_eq!(kafka.span_encoding, SpanEncoding::OtlpProto);
    // Every value it spells out is the default, like pipelines/local.yaml.
    assert_eq!(**kafka, KafkaBusConfig::default());
    let StoreConfig::Clickhouse(store) = &config.store else {
        panic!("not a clickhouse store: {:?}", config.store);
    };
    assert_eq!(**store, ClickhouseStoreConfig::default());
}

#[test]
fn clickhouse_store_values_are_checked_with_their_paths() {
    let found = yaml_issues(
        "store:
  kind: clickhouse
  url: 'clickhouse:8123'
  database: 'agent-watch'
  compression: zstd
  max_batch_rows: 0
  flush_interval: 0s
  scores_retention: 1h
  windows_retention: 2d
  settings:
    'max memory': '1'
",
    );
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "store.url",
            "store.database",
            "store.compression",
            "store.max_batch_rows",
            "store.flush_interval",
            "store.scores_retention",
            "store.windows_retention",
            "store.settings.max memory",
        ],
        "{found:?}"
    );
    assert!(
        found[6].message.contains("baseline.history"),
        "{}",
        found[6]
    );
    // Unknown keys and a retention of null (keep forever) are told apart.
    assert!(
        yaml_issues("store:\n  kind: clickhouse\n  ttl: 3d\n")[0]
            .message
            .contains("unknown field")
    );
    assert!(yaml_issues("store:\n  kind: clickhouse\n  scores_retention: null\n").is_empty());
    // Credentials never in the URL (it is logged); settings that are request parameters, or
    // that would acknowledge writes before they are stored, are refused.
    let found = yaml_issues(
        "store:
  kind: clickhouse
  url: http://agentwatch:s3cret@clickhouse:8123
  settings:
    default_format: JSON
    param_x: '1'
    async_insert: '1'
    wait_for_async_insert: '0'
",
    );
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "store.url",
            "store.settings.async_insert",
            "store.settings.default_format",
            "store.settings.param_x",
        ],
        "{found:?}"
    );
    assert!(found.iter().all(|i| !i.message.contains("s3cret")));
    assert!(
        yaml_issues("store:\n  kind: clickhouse\n  settings: {async_insert: '1'}\n").is_empty()
    );
}

#[test]
fn clickhouse_tls_settings_go_with_an_https_url() {
    let https = "store:\n  kind: clickhouse\n  url: https://clickhouse:8443\n  tls: {ca_file: /etc/agentwatch/ca.pem, cert_file: /etc/agentwatch/client.pem, key_file: /etc/agentwatch/client.key}\n";
    // The files are read by `run`, not by `validate`.
    let config = PipelineConfig::from_yaml(https, "tls").unwrap();
    let StoreConfig::Clickhouse(store) = &config.store else {
        panic!("not a clickhouse store");
    };
    assert_eq!(
        store.tls.ca_file.as_deref(),
        Some(Path::new("/etc/agentwatch/ca.pem"))
    );
    let found = yaml_issues(
        "store:\n  kind: clickhouse\n  url: http://clickhouse:8123\n  tls: {ca_file: /ca.pem, key_file: /client.key}\n",
    );
    let paths: Vec<&str> = found.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["store.tls.cert_file", "store.tls"], "{found:?}");
    assert!(found[1].message.contains("store.url"), "{}", found[1]);
}

/// `--set` arguments as the command line parses them.
fn sets(args: &[&str]) -> Vec<Override> {
    args.iter().map(|a| a.parse().unwrap()).collect()
}

/// The variables the shipped distributed pipeline reads (its certificate directory and tokens),
/// set once for this test process.
fn shipped_environment() {
    static SET: std::sync::Once = std::sync::Once::new();
    SET.call_once(|| {
        for (name, value) in [
            ("AGENTWATCH_CERTS", "/etc/agentwatch/certs"),
            ("AGENTWATCH_INGEST_TOKEN", "ingest-token-0123456789"),
            ("AGENTWATCH_ADMIN_TOKEN", "admin-token-0123456789"),
        ] {
            // SAFETY: these names are read only by the config loads of these tests, which call
            // this first; nothing else in the process reads or writes them.
            unsafe { std::env::set_var(name, value) };
        }
    });
}

fn load_as(name: Option<&str>, role: Role, args: &[&str]) -> Result<PipelineConfig, ConfigError> {
    shipped_environment();
    let path = name.map(|n| Path::new(env!("CARGO_MANIFEST_DIR")).join(n));
    PipelineConfig::load_with(path.as_deref(), role, &sets(args))
}

#[test]
fn set_overrides_the_file_and_the_defaults() {
    let config = load_as(
        Some("pipelines/local.yaml"),
        Role::All,
        &[
            "admin.endpoint=127.0.0.1:0",
            "receivers.otlp.protocols.grpc=null",
            "score.workers=3",
            "windows.length=1m",
            "evaluators.pii_leak.deny_terms=[project-x, codename]",
        ],
    )
    .unwrap();
    assert_eq!(config.admin.endpoint.as_deref(), Some("127.0.0.1:0"));
    assert!(config.receivers.otlp.protocols.grpc.is_none());
    assert_eq!(config.score.workers, 3);
    assert_eq!(config.windows.length, std::time::Duration::from_secs(60));
    // No file: applied to the defaults. A section named is typed as in a file: a store needs
    // its kind.
    let found = issues(load_as(None, Role::All, &["store.path=/tmp/x.db"]).unwrap_err());
    assert_eq!(
        found[0].to_string(),
        "store: missing field `kind` (from --set store.path)"
    );
    let config = load_as(
        None,
        Role::All,
        &["store.kind=sqlite", "store.path=/tmp/x.db"],
    )
    .unwrap();
    assert_eq!(
        config.store,
        StoreConfig::Sqlite {
            path: "/tmp/x.db".into(),
            max_batch_rows: 8192
        }
    );
    assert_eq!(
        PipelineConfig {
            store: PipelineConfig::default().store,
            ..config
        },
        PipelineConfig::default()
    );
    assert_eq!(
        load_as(None, Role::All, &[]).unwrap(),
        PipelineConfig::default()
    );
}

#[test]
fn set_values_meet_the_files_checks_at_their_paths() {
    let found =
        |args: &[&str]| issues(load_as(Some("pipelines/local.yaml"), Role::All, args).unwrap_err());
    let unknown = found(&["receivers.otlp.protocols.grpc.max_recv_msg_size=4"]);
    assert_eq!(
        unknown[0].path,
        "receivers.otlp.protocols.grpc.max_recv_msg_size"
    );
    assert!(
        unknown[0].message.contains("unknown field"),
        "{}",
        unknown[0]
    );
    assert!(
        unknown[0]
            .message
            .ends_with("(from --set receivers.otlp.protocols.grpc.max_recv_msg_size)"),
        "{}",
        unknown[0]
    );
    let bad = found(&[
        "admin.endpoint=localhost",
        "service.shutdown_timeout=ten seconds",
    ]);
    let shown: Vec<String> = bad.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "typing stops at the first: {shown:?}");
    assert!(
        shown[0].starts_with("service.shutdown_timeout: "),
        "{shown:?}"
    );
    let bad = found(&["admin.endpoint=localhost", "bus.max_queued_spans=0"]);
    let paths: Vec<&str> = bad.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["bus.max_queued_spans", "admin.endpoint"], "{bad:?}");
    assert!(
        bad.iter().all(|i| i.message.contains("(from --set ")),
        "{bad:?}"
    );
    // A list indexed by number: the file's own rules.
    let config = load_as(Some("tests/data/config/good_minimal.yaml"), Role::All, &[]).unwrap();
    assert!(!config.rules.is_empty());
    let yaml = "rules:\n  - name: slow\n    metric: latency_p95\n    kind: static\n    op: '>'\n    threshold: 1000\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rules.yaml");
    std::fs::write(&file, yaml).unwrap();
    let config =
        PipelineConfig::load_with(Some(&file), Role::All, &sets(&["rules.0.threshold=2500"]))
            .unwrap();
    assert_eq!(config.rules[0].threshold, Some(2500.0));
    let bad = issues(
        PipelineConfig::load_with(Some(&file), Role::All, &sets(&["rules.0.threshold=high"]))
            .unwrap_err(),
    );
    assert_eq!(bad[0].path, "rules[0].threshold");
    assert!(
        bad[0].message.ends_with("(from --set rules.0.threshold)"),
        "{}",
        bad[0]
    );
}

#[test]
fn set_values_may_reference_secrets_and_replace_references() {
    // SAFETY: this variable is used by this test only.
    unsafe { std::env::set_var("AGENTWATCH_TEST_SET_PASSWORD", "pw-from-env") };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pipeline.yaml");
    std::fs::write(
        &file,
        "store:\n  kind: clickhouse\n  url: ${env:AGENTWATCH_TEST_SURELY_UNSET_URL}\n",
    )
    .unwrap();
    // The file's reference is unresolved: an error at its path...
    let found = issues(PipelineConfig::load_with(Some(&file), Role::All, &[]).unwrap_err());
    assert_eq!(found[0].path, "store.url");
    // ...unless a --set replaces it, whose own reference is resolved.
    let config = PipelineConfig::load_with(
        Some(&file),
        Role::All,
        &sets(&[
            "store.url=http://127.0.0.1:8123",
            "store.password=${env:AGENTWATCH_TEST_SET_PASSWORD}",
        ]),
    )
    .unwrap();
    let StoreConfig::Clickhouse(store) = &config.store else {
        panic!("not clickhouse: {:?}", config.store);
    };
    assert_eq!(store.url, "http://127.0.0.1:8123");
    assert_eq!(
        store.password.as_ref().map(|p| p.expose()),
        Some("pw-from-env")
    );
}

#[test]
fn each_role_has_its_own_admin_port_unless_the_file_sets_one() {
    let admin = |role, args: &[&str]| {
        load_as(Some("pipelines/kafka-clickhouse.yaml"), role, args)
            .unwrap()
            .admin
            .endpoint
    };
    for (role, endpoint) in [
        (Role::All, "127.0.0.1:8317"),
        (Role::Ingest, "127.0.0.1:8317"),
        (Role::Score, "127.0.0.1:8318"),
        (Role::Detect, "127.0.0.1:8319"),
    ] {
        assert_eq!(admin(role, &[]).as_deref(), Some(endpoint), "{role:?}");
        assert_eq!(role.default_admin_endpoint(), endpoint);
    }
    assert_eq!(
        admin(Role::Score, &["admin.endpoint=0.0.0.0:9100"]).as_deref(),
        Some("0.0.0.0:9100")
    );
    assert_eq!(admin(Role::Score, &["admin.endpoint=null"]), None);
    // A file that names one keeps it for every role.
    assert_eq!(
        load_as(Some("pipelines/local.yaml"), Role::Detect, &[])
            .unwrap()
            .admin
            .endpoint
            .as_deref(),
        Some("127.0.0.1:8317")
    );
    // A problem with a role's default says where it came from.
    let found = issues(
        load_as(
            None,
            Role::Score,
            &["receivers.otlp.protocols.http.endpoint=127.0.0.1:8318"],
        )
        .unwrap_err(),
    );
    assert_eq!(found[0].path, "admin.endpoint");
    assert!(
        found[0]
            .message
            .ends_with("(from the default of --role score)"),
        "{}",
        found[0]
    );
}

#[test]
fn the_shipped_roles_run_side_by_side_on_one_machine() {
    use std::net::SocketAddr;
    // Every address each role of the shipped distributed pipeline listens on.
    let mut taken: Vec<(Role, &str, SocketAddr)> = Vec::new();
    let configs: Vec<(Role, PipelineConfig)> = [Role::Ingest, Role::Score, Role::Detect]
        .into_iter()
        .map(|role| {
            let config = load_as(Some("pipelines/kafka-clickhouse.yaml"), role, &[]).unwrap();
            (role, config)
        })
        .collect();
    for (role, config) in &configs {
        for endpoint in super::super::build::endpoints(config, *role)
            .into_iter()
            .flatten()
        {
            taken.push((*role, endpoint.path, endpoint.endpoint.parse().unwrap()));
        }
    }
    assert_eq!(
        taken.len(),
        5,
        "two receivers and three admin endpoints: {taken:?}"
    );
    // Two listeners clash on a port when their hosts are the same or either is 0.0.0.0 / ::.
    for (i, (role_a, path_a, a)) in taken.iter().enumerate() {
        for (role_b, path_b, b) in &taken[i + 1..] {
            let clash = a.port() == b.port()
                && (a.ip() == b.ip() || a.ip().is_unspecified() || b.ip().is_unspecified());
            assert!(
                !clash,
                "{role_a:?} {path_a} {a} and {role_b:?} {path_b} {b} cannot both listen"
            );
        }
    }
    // Nothing else one role holds on the machine: no SQLite file (the store is ClickHouse),
    // and each stage its own consumer group.
    for (role, config) in &configs {
        assert!(
            matches!(config.store, StoreConfig::Clickhouse(_)),
            "{role:?}: {:?}",
            config.store
        );
    }
    let BusConfig::Kafka(kafka) = &configs[0].1.bus else {
        panic!("not kafka");
    };
    assert_ne!(kafka.score_group, kafka.detect_group);
}
