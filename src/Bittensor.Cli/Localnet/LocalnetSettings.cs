namespace Bittensor.Cli.Localnet;

/// <summary>The knobs of a localnet run (defaults sized so 3 epochs and the setup take well under 2 minutes at 250 ms blocks).</summary>
public sealed record LocalnetSettings
{
    /// <summary>Blocks per epoch (sudo_set_tempo).</summary>
    public ushort Tempo { get; init; } = 20;

    /// <summary>TAO each validator stakes (rao).</summary>
    public ulong ValidatorStake { get; init; } = 1_000UL * 1_000_000_000;

    /// <summary>TAO sent to each neuron coldkey on top of the stake, for registration burns (rao).</summary>
    public ulong RegistrationFunds { get; init; } = 200UL * 1_000_000_000;

    /// <summary>TAO sent to each hotkey so it exists as an account (rao).</summary>
    public ulong HotkeyFunds { get; init; } = 1_000_000_000;

    /// <summary>Blocks between a validator's weight sets.</summary>
    public int WeightsIntervalBlocks { get; init; } = 5;

    /// <summary>Blocks between a validator's queries.</summary>
    public int QueryIntervalBlocks { get; init; } = 2;
}
