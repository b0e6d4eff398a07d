// A setting that cannot be used: its message names the variable and what it expects, in one line.
export class ConfigError extends Error {
  override name = "ConfigError";
}
