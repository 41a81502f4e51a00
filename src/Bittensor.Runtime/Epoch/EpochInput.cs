using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// Everything one run of Yuma Consensus reads from storage for one subnet mechanism, as plain data so the
/// pallet, the simulator and the tests call the same function. Every per-uid array has length <see cref="N"/>
/// and every uid in <c>0..N</c> is assumed to have a hotkey (upstream iterates <c>Keys</c>).
/// </summary>
/// <remarks>
/// The storage reads of subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> (opentensor/subtensor@14bc6f9):
/// <c>SubnetworkN</c>, the current block, <c>LastUpdate</c>, <c>BlockAtRegistration</c>,
/// <c>get_stake_weights_for_network</c>, <c>ValidatorPermit</c>, <c>Weights</c>, <c>Bonds</c>, the
/// commit-reveal queues (reduced here to one commit block per uid), the owner uid, <c>LastMechansimStepBlock</c>.
/// </remarks>
public sealed record EpochInput
{
    /// <summary><c>SubnetworkN</c>.</summary>
    public required ushort N { get; init; }

    /// <summary>The current block.</summary>
    public required ulong Block { get; init; }

    /// <summary>Per-uid stake the epoch sees (alpha + tao_weight × root, I64F64; §3.8 of the notes).</summary>
    public required I64F64[] Stake { get; init; }

    /// <summary><c>LastUpdate</c>: block of each uid's last weight submission.</summary>
    public required ulong[] LastUpdate { get; init; }

    /// <summary><c>BlockAtRegistration</c>.</summary>
    public required ulong[] BlockAtRegistration { get; init; }

    /// <summary><c>ValidatorPermit</c> as left by the previous epoch (these mask this epoch).</summary>
    public required bool[] ValidatorPermit { get; init; }

    /// <summary><c>Weights</c> rows as stored (max-upscaled u16), one per uid; columns ≥ N are ignored.</summary>
    public required SparseEntry[][] Weights { get; init; }

    /// <summary><c>Bonds</c> rows as stored (Yuma 1: column max-upscaled; Yuma 3: plain u16 proportions).</summary>
    public required SparseEntry[][] Bonds { get; init; }

    /// <summary>
    /// Per uid, the block of its earliest live weight commit (<see cref="ulong.MaxValue"/> for none); read only
    /// when <see cref="EpochParameters.CommitReveal"/> is set, and then required.
    /// </summary>
    public ulong[]? CommitBlocks { get; init; }

    /// <summary>Subnet hyperparameters.</summary>
    public required EpochParameters Parameters { get; init; }

    /// <summary>Uid of the subnet owner's hotkey, if registered (forced permit, keeps its self-weight).</summary>
    public ushort? OwnerUid { get; init; }

    /// <summary>Alpha (rao) this epoch hands out: server + validator shares.</summary>
    public required ulong RaoEmission { get; init; }

    /// <summary><c>LastMechansimStepBlock</c> (0: the bond mask uses <c>block − tempo</c>).</summary>
    public ulong LastMechanismStepBlock { get; init; }
}
