namespace Bittensor.Cli.Config;

/// <summary>The YAML shape of one config value.</summary>
public enum ConfigValueKind
{
    Null,
    Boolean,
    Number,
    String,

    /// <summary>A nested block (such as <c>metagraph_cols</c>), kept verbatim.</summary>
    Block,
}
