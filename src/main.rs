//! The `agentwatch` command.

fn main() -> std::process::ExitCode {
    agentwatch::cli::main()
}
