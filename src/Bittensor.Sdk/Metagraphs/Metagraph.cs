using System.Collections.Immutable;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Metagraphs;

/// <summary>
/// A subnet's state at one block, column by column (bittensor core/metagraph.py, SDK v10): per-uid arrays of
/// stakes, Yuma outputs and axons, the weight and bond matrices on a full sync, and the subnet-level fields of the
/// runtime's MetagraphInfo. Immutable: build one with <see cref="SyncAsync"/>, <see cref="FromChain"/> or
/// <see cref="MetagraphFile"/>. Scores are float32 as upstream (u16 ÷ 65535); stakes and emission are in TAO.
/// </summary>
public sealed partial class Metagraph
{
    private IReadOnlyList<AxonInfo>? _axons;
    private MetagraphNeuron[]? _neurons;

    /// <summary>Network name as upstream derives it from the endpoint (finney, test, archive, local, unknown).</summary>
    public required string Network { get; init; }

    public required ushort Netuid { get; init; }

    public byte Mechid { get; init; }

    /// <summary>The block the metagraph was read at.</summary>
    public required ulong Block { get; init; }

    /// <summary>True when synced lite (no weights or bonds).</summary>
    public bool Lite { get; init; } = true;

    /// <summary>The SDK's version as upstream's <c>version_as_int</c> (major·10⁶ + minor·10³ + patch).</summary>
    public long Version { get; init; } = SdkVersionAsInt;

    /// <summary>Number of uids.</summary>
    public int N => Uids.Length;

    public required ImmutableArray<ushort> Uids { get; init; }

    public required ImmutableArray<AccountId32> Hotkeys { get; init; }

    public required ImmutableArray<AccountId32> Coldkeys { get; init; }

    /// <summary><c>S</c> = <c>total_stake</c>: alpha + 0.18 × root TAO per uid, in TAO (all TAO on netuid 0).</summary>
    public required ImmutableArray<float> Stake { get; init; }

    /// <summary><c>AS</c>: alpha stake per uid.</summary>
    public required ImmutableArray<float> AlphaStake { get; init; }

    /// <summary><c>TS</c>: root TAO stake × 0.18 per uid (unweighted on netuid 0).</summary>
    public required ImmutableArray<float> TaoStake { get; init; }

    /// <summary><c>R</c>: removed upstream in SDK 10.0 because newer runtimes dropped it; zeros when the runtime lacks it.</summary>
    public required ImmutableArray<float> Ranks { get; init; }

    /// <summary><c>T</c>: removed upstream in SDK 10.0 like <see cref="Ranks"/>; zeros when the runtime lacks it.</summary>
    public required ImmutableArray<float> Trust { get; init; }

    /// <summary><c>C</c>.</summary>
    public required ImmutableArray<float> Consensus { get; init; }

    /// <summary><c>I</c>.</summary>
    public required ImmutableArray<float> Incentive { get; init; }

    /// <summary><c>D</c>.</summary>
    public required ImmutableArray<float> Dividends { get; init; }

    /// <summary><c>E</c>: emission per uid in TAO (rao ÷ 10⁹).</summary>
    public required ImmutableArray<float> Emission { get; init; }

    /// <summary><c>Tv</c>.</summary>
    public required ImmutableArray<float> ValidatorTrust { get; init; }

    public required ImmutableArray<bool> Active { get; init; }

    public required ImmutableArray<ulong> LastUpdate { get; init; }

    public required ImmutableArray<bool> ValidatorPermit { get; init; }

    /// <summary>Each uid's on-chain axon record.</summary>
    public required ImmutableArray<ChainAxonInfo> AxonRecords { get; init; }

    /// <summary><c>W</c>: n × n (root: n × subnets), rows normalised to sum 1; null for a lite metagraph.</summary>
    public MetagraphMatrix? Weights { get; init; }

    /// <summary><c>B</c>: n × n raw bond values; null for a lite metagraph and on the root subnet.</summary>
    public MetagraphMatrix? Bonds { get; init; }

    // ---- MetagraphInfo extras (null when the runtime has no metagraph call) ----

    public string? Name { get; init; }

    public string? Symbol { get; init; }

    /// <summary>The subnet identity's fields as text.</summary>
    public IReadOnlyDictionary<string, string>? Identity { get; init; }

    public ulong? NetworkRegisteredAt { get; init; }

    public ulong? NumUids { get; init; }

    public ulong? MaxUids { get; init; }

    /// <summary>Per uid, the coldkey's identity fields, or null.</summary>
    public ImmutableArray<IReadOnlyDictionary<string, string>?> Identities { get; init; } = [];

    /// <summary>Per uid, u16 ÷ 65535.</summary>
    public ImmutableArray<float> PruningScore { get; init; } = [];

    public ImmutableArray<ulong> BlockAtRegistration { get; init; } = [];

    /// <summary>(hotkey, TAO) root dividends.</summary>
    public ImmutableArray<(AccountId32 Hotkey, double Tao)> TaoDividendsPerHotkey { get; init; } = [];

    /// <summary>(hotkey, alpha in TAO units) subnet dividends.</summary>
    public ImmutableArray<(AccountId32 Hotkey, double Tao)> AlphaDividendsPerHotkey { get; init; } = [];

    public ulong? LastStep { get; init; }

    public ulong? Tempo { get; init; }

    public ulong? BlocksSinceLastStep { get; init; }

    public AccountId32? OwnerColdkey { get; init; }

    public AccountId32? OwnerHotkey { get; init; }

    public MetagraphInfoParams? Hparams { get; init; }

    public MetagraphInfoPool? Pool { get; init; }

    public MetagraphInfoEmissions? Emissions { get; init; }

    /// <summary>Mechanisms of the subnet (1 on runtimes without mechanisms).</summary>
    public int MechanismCount { get; init; } = 1;

    /// <summary>Emission split between mechanisms in whole percent, or null when unset.</summary>
    public ImmutableArray<int>? EmissionsSplit { get; init; }

    /// <summary><c>total_stake</c>, the same column as <see cref="Stake"/>.</summary>
    public ImmutableArray<float> TotalStake => Stake;

    /// <summary>Each uid's axon as the dendrite uses it (SS58 hotkey and coldkey, address text).</summary>
    public IReadOnlyList<AxonInfo> Axons => _axons ??= [.. AxonRecords.Select((a, i) => a.ToAxonInfo(Hotkeys[i], Coldkeys[i]))];

    /// <summary>Each uid's axon address text (upstream <c>addresses</c>).</summary>
    public IReadOnlyList<string> Addresses => [.. Axons.Select(a => a.ToString())];

    /// <summary>One view per uid.</summary>
    public IReadOnlyList<MetagraphNeuron> Neurons => _neurons ??= [.. Enumerable.Range(0, N).Select(uid => new MetagraphNeuron(this, uid))];

    /// <summary>The view of <paramref name="uid"/>.</summary>
    public MetagraphNeuron this[int uid]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)uid, (uint)N, nameof(uid));
            return new MetagraphNeuron(this, uid);
        }
    }

    /// <summary>Upstream's <c>version_as_int</c> of this SDK's assembly version.</summary>
    public static long SdkVersionAsInt { get; } = VersionAsInt(typeof(Metagraph).Assembly.GetName().Version);

    public override string ToString() => $"metagraph(netuid:{Netuid}, n:{N}, block:{Block}, network:{Network})";

    private static long VersionAsInt(System.Version? version) =>
        version is null ? 0 : (Math.Max(version.Major, 0) * 1_000_000L) + (Math.Max(version.Minor, 0) * 1_000L) + Math.Max(version.Build, 0);
}
