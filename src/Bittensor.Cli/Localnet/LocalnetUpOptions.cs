namespace Bittensor.Cli.Localnet;

/// <summary>What <c>localnet up</c> was asked to do.</summary>
public sealed record LocalnetUpOptions
{
    public bool Tmp { get; init; }

    /// <summary>Stop after this many epochs with a summary (null: run until Ctrl-C).</summary>
    public int? Epochs { get; init; }

    public string? Chart { get; init; }

    public string? SubtensorBin { get; init; }

    public string? SubnetBin { get; init; }

    /// <summary>The subnet's data folder (<c>--data</c> of the neurons), when given.</summary>
    public string? Data { get; init; }

    public LocalnetSettings Settings { get; init; } = new();

    /// <summary>How long each child may take to print its ready line.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
