namespace Bittensor.Node.Hosting;

/// <summary>
/// The node's settings, bound from the <c>Node</c> configuration section (appsettings.json, <c>SUBTENSOR_Node__Chain</c>
/// style environment variables, command-line flags; flags win) and checked at start-up by <see cref="NodeOptionsValidator"/>.
/// </summary>
internal sealed class NodeOptions
{
    public const string SectionName = "Node";

    /// <summary>Development mode (<c>--dev</c>): implies <c>--chain dev</c> unless a chain is given, and temporary storage
    /// unless <see cref="BasePath"/> is given. Default false.</summary>
    public bool Dev { get; set; }

    /// <summary>Chain spec: <c>dev</c> (single authority) or <c>local</c>. Default: <c>dev</c> with <see cref="Dev"/>, else
    /// <c>local</c>.</summary>
    public string? Chain { get; set; }

    /// <summary>Directory for the node's data; the database is <c>&lt;base&gt;/db</c>. Default
    /// <c>~/.bittensor/subtensor/&lt;chain&gt;</c> (<c>--base-path</c>).</summary>
    public string? BasePath { get; set; }

    /// <summary>Keep all data in a fresh temporary directory deleted at exit (<c>--tmp</c>). Default false.</summary>
    public bool Tmp { get; set; }

    /// <summary>Target time between blocks, in milliseconds (<c>--block-time</c>). Default 12 000 (subtensor's 12 s), 250 with
    /// <see cref="Dev"/> (subtensor's fast-runtime); range 1–3 600 000.</summary>
    public int? BlockTimeMs { get; set; }

    /// <summary>Human-readable node name for logs (<c>--name</c>); at most 64 characters. Default <c>subtensor</c>.</summary>
    public string Name { get; set; } = "subtensor";

    /// <summary>The block interval actually used.</summary>
    public int EffectiveBlockTimeMs => BlockTimeMs ?? (Dev ? 250 : 12_000);

    /// <summary>The chain actually run.</summary>
    public string EffectiveChain => string.IsNullOrEmpty(Chain) ? (Dev ? "dev" : "local") : Chain;

    /// <summary>True when data goes to a temporary directory deleted at exit.</summary>
    public bool UsesTemporaryStorage => Tmp || (Dev && string.IsNullOrEmpty(BasePath));
}
