using System.Globalization;

namespace Bittensor.Cli.Config;

/// <summary>One config value: its kind and its text (the scalar, or a nested block's raw lines).</summary>
public sealed record ConfigValue(ConfigValueKind Kind, string? Text)
{
    public static ConfigValue Null { get; } = new(ConfigValueKind.Null, null);

    public static ConfigValue Of(string text) => new(ConfigValueKind.String, text);

    public static ConfigValue Of(bool value) => new(ConfigValueKind.Boolean, value ? "true" : "false");

    public static ConfigValue Number(decimal value) => new(ConfigValueKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>How <c>config get</c> shows it (Python's <c>str()</c>: None, True, False).</summary>
    public string Display => Kind switch
    {
        ConfigValueKind.Null => "None",
        ConfigValueKind.Boolean => Text == "true" ? "True" : "False",
        ConfigValueKind.Block => "{…}",
        _ => Text ?? "None",
    };
}
