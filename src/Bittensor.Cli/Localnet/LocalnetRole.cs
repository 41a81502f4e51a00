namespace Bittensor.Cli.Localnet;

/// <summary>One wallet of the dev subnet: its wallet name, role (owner, validator, miner) and miner kind.</summary>
public sealed record LocalnetRole(string Wallet, string Role, string Kind)
{
    public const string Owner = "owner";
    public const string Validator = "validator";
    public const string Miner = "miner";

    /// <summary>The owner, two validators and four miners of differing quality (the copier copies the trained one).</summary>
    public static IReadOnlyList<LocalnetRole> Roster { get; } =
    [
        new("owner", Owner, Owner),
        new("validator1", Validator, Validator),
        new("validator2", Validator, Validator),
        new("miner-trained", Miner, "trained"),
        new("miner-weak", Miner, "weak"),
        new("miner-lazy", Miner, "lazy"),
        new("miner-copier", Miner, "copier"),
    ];

    /// <summary>Every wallet uses this hotkey name.</summary>
    public const string Hotkey = "default";
}
