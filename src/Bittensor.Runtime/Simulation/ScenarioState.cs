using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Simulation;

/// <summary>
/// The subnet storage a scenario starts from (<c>initial</c>); every per-uid array has length <see cref="N"/>.
/// </summary>
public sealed record ScenarioState
{
    /// <summary>Number of uids (fixed for the scenario; every uid has a hotkey).</summary>
    public required ushort N { get; init; }

    /// <summary>Uid of the subnet owner's hotkey, or null.</summary>
    public ushort? OwnerUid { get; init; }

    /// <summary>Stake per uid in rao (alpha + tao_weight × root, already combined).</summary>
    public required ulong[] Stake { get; init; }

    /// <summary><c>BlockAtRegistration</c>.</summary>
    public required ulong[] BlockAtRegistration { get; init; }

    /// <summary><c>LastUpdate</c>.</summary>
    public required ulong[] LastUpdate { get; init; }

    /// <summary><c>ValidatorPermit</c> as left by the previous epoch.</summary>
    public required bool[] ValidatorPermit { get; init; }

    /// <summary><c>Weights</c> rows as stored.</summary>
    public required SparseEntry[][] Weights { get; init; }

    /// <summary><c>Bonds</c> rows as stored.</summary>
    public required SparseEntry[][] Bonds { get; init; }

    /// <summary><c>LastMechansimStepBlock</c>; constant for the whole scenario.</summary>
    public ulong LastMechanismStepBlock { get; init; }

    /// <summary>
    /// Per uid, the block of its earliest live weight commit (<see cref="ulong.MaxValue"/> for none); only with
    /// <c>commit_reveal: true</c> (an extension of the shared format, which always has it false).
    /// </summary>
    public ulong[]? CommitBlocks { get; init; }
}
