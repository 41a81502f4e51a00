using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Simulation;

/// <summary>
/// Replays a <see cref="Scenario"/> with the epoch the chain runs (<see cref="YumaEpoch.Run(EpochInput, EpochWorkspace?)"/>),
/// yielding one result per <c>epoch</c> step.
/// </summary>
/// <remarks>
/// Persistence after each epoch follows <c>SubtensorModule::epoch</c> (subtensor <c>epoch/run_epoch.rs::epoch</c>,
/// <c>persist_mechanism_epoch_terms</c>, <c>persist_netuid_epoch_terms</c>): permits ← the new permits, every
/// uid's bond row ← its EMA row if it has a new permit, else empty. Nothing else changes between steps except
/// what a step sets: no coinbase, no stake payout, <c>LastUpdate</c> only by <c>set_weights</c>.
/// </remarks>
public static class ScenarioRunner
{
    /// <summary>Applies every step in order, lazily; one result per epoch step.</summary>
    public static IEnumerable<ScenarioEpochResult> Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return RunCore(scenario);
    }

    private static IEnumerable<ScenarioEpochResult> RunCore(Scenario scenario)
    {
        ScenarioState initial = scenario.Initial;
        int n = initial.N;
        ulong[] stake = (ulong[])initial.Stake.Clone();
        ulong[] lastUpdate = (ulong[])initial.LastUpdate.Clone();
        bool[] permits = (bool[])initial.ValidatorPermit.Clone();
        SparseEntry[][] weights = (SparseEntry[][])initial.Weights.Clone();
        SparseEntry[][] bonds = (SparseEntry[][])initial.Bonds.Clone();
        EpochWorkspace workspace = new();
        foreach (ScenarioStep step in scenario.Steps)
        {
            switch (step)
            {
                case SetWeightsStep s:
                    weights[s.Uid] = StoredWeights(s.Dests, s.Weights);
                    lastUpdate[s.Uid] = s.Block;
                    break;
                case SetStakeStep s:
                    stake[s.Uid] = s.Stake;
                    break;
                case ResetBondsStep s:
                    ResetBonds(bonds, s.Uid);
                    break;
                case EpochStep s:
                    I64F64[] stake64 = new I64F64[n];
                    for (int i = 0; i < n; i++)
                    {
                        stake64[i] = I64F64.FromInt(stake[i]);
                    }

                    EpochOutput output = YumaEpoch.Run(
                        new EpochInput
                        {
                            N = initial.N,
                            Block = s.Block,
                            Stake = stake64,
                            LastUpdate = (ulong[])lastUpdate.Clone(),
                            BlockAtRegistration = initial.BlockAtRegistration,
                            ValidatorPermit = (bool[])permits.Clone(),
                            Weights = (SparseEntry[][])weights.Clone(),
                            Bonds = (SparseEntry[][])bonds.Clone(),
                            CommitBlocks = initial.CommitBlocks,
                            Parameters = scenario.Parameters,
                            OwnerUid = initial.OwnerUid,
                            RaoEmission = s.RaoEmission,
                            LastMechanismStepBlock = initial.LastMechanismStepBlock,
                        },
                        workspace);
                    permits = (bool[])output.ValidatorPermit.Clone();
                    bonds = (SparseEntry[][])output.Bonds.Clone();
                    yield return new ScenarioEpochResult(s.Block, output);
                    break;
                default:
                    throw new ArgumentException($"unknown scenario step {step.GetType().Name}", nameof(scenario));
            }
        }
    }

    /// <summary>The row <c>set_weights</c> stores: targets zipped with the max-upscaled weights, explicit zeros kept.</summary>
    /// <remarks>subtensor <c>subnets/weights.rs::do_set_weights</c> storing <c>epoch/math.rs::vec_u16_max_upscale_to_u16</c>.</remarks>
    public static SparseEntry[] StoredWeights(ReadOnlySpan<ushort> dests, ReadOnlySpan<ushort> weights)
    {
        if (dests.Length != weights.Length)
        {
            throw new ArgumentException("one weight per destination is required", nameof(weights));
        }

        ushort[] upscaled = EpochMath.VecU16MaxUpscaleToU16(weights);
        SparseEntry[] row = new SparseEntry[dests.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = new SparseEntry(dests[i], upscaled[i]);
        }

        return row;
    }

    /// <summary>Removes column <paramref name="uid"/> from every bond row.</summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::do_reset_bonds</c>.</remarks>
    public static void ResetBonds(SparseEntry[][] bonds, ushort uid)
    {
        ArgumentNullException.ThrowIfNull(bonds);
        for (int i = 0; i < bonds.Length; i++)
        {
            if (Array.Exists(bonds[i], e => e.Uid == uid))
            {
                bonds[i] = Array.FindAll(bonds[i], e => e.Uid != uid);
            }
        }
    }
}
