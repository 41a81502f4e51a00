using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Registration;
using Bittensor.Runtime.Scheduling;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// <c>block_step</c> as the pallet's <c>on_initialize</c>: burn decay, block emission (minted into subtensor's
/// TotalIssuance), the coinbase across emitting subnets, due epochs (Yuma) with their distribution into the share pools,
/// then moving prices. Root proportion, pending child keys and root-dividend auto-claim are not in this slice.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>coinbase/block_step.rs::block_step</c>, <c>coinbase/run_coinbase.rs</c>,
/// <c>epoch/run_epoch.rs::epoch</c> (persist part), <c>staking/stake_utils.rs::update_moving_price</c>.</remarks>
public sealed partial class SubtensorModule
{
    public override Weight OnInitialize(DispatchContext context, uint blockNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        BlockStep(context, blockNumber);
        return new Weight(110_634_229_000, 0);
    }

    /// <summary>One block's step, in upstream order.</summary>
    public void BlockStep(DispatchContext context, ulong block)
    {
        ArgumentNullException.ThrowIfNull(context);
        IStorage s = context.Storage;
        ushort[] subnets = [.. ExistingSubnets(s)];

        // 1. update_registration_prices_for_networks.
        foreach (ushort netuid in subnets)
        {
            if (netuid != RootNetUid)
            {
                Burn.Insert(s, netuid, BurnPrice.DecayForBlock(Burn.Get(s, netuid), BurnHalfLife.Get(s, netuid), MinBurn.Get(s, netuid), MaxBurn.Get(s, netuid), block));
            }
        }

        // 2. get_block_emission: mint into subtensor's issuance.
        ulong issuance = TotalIssuance.Get(s);
        ulong emission = Coinbase.BlockEmission.ForIssuance(issuance);
        BlockEmissionValue(s, emission);
        TotalIssuance.Put(s, SatAdd(issuance, emission));

        // 4. run_coinbase: emit to subnets, then drain due epochs.
        EmitToSubnets(s, subnets, emission);
        DrainPending(context, subnets, block);

        // 5. update_moving_prices.
        foreach (ushort netuid in EmittingSubnets(s, subnets))
        {
            SubnetPool pool = GetPool(s, netuid);
            U64F64 current = SwapEngine.CurrentPrice(pool);
            U64F64 moving = MovingPrice.GetMovingAlphaPrice(netuid, pool.Mechanism, I96F32.FromBits((Int128)SubnetMovingPrice.Get(s, netuid)));
            ulong? first = FirstEmissionBlockNumber.TryGet(s, netuid, out ulong f) ? f : null;
            I96F32 updated = MovingPrice.Update(block, first, EMAPriceHalvingBlocks.Get(s, netuid), I96F32.FromBits((Int128)SubnetMovingAlpha.Get(s)), current, moving);
            SubnetMovingPrice.Insert(s, netuid, (UInt128)updated.Bits);
        }
    }

    private void BlockEmissionValue(IStorage s, ulong emission) => BlockEmission.Put(s, emission);

    private ushort[] EmittingSubnets(IStorage s, IEnumerable<ushort> subnets) =>
        SubnetEmissionShares.SubnetsToEmitTo(subnets.Select(n => Eligibility(s, n)));

    private void EmitToSubnets(IStorage s, ushort[] subnets, ulong emission)
    {
        ushort[] emitting = EmittingSubnets(s, subnets);
        var states = new List<SubnetCoinbaseState>(emitting.Length);
        foreach (ushort netuid in emitting)
        {
            states.Add(new SubnetCoinbaseState(
                netuid,
                GetPool(s, netuid),
                SubnetProtocolAlpha.Get(s, netuid),
                I96F32.FromBits((Int128)SubnetMovingPrice.Get(s, netuid)),
                U96F32.FromBits(MinerBurned.Get(s, netuid)),
                SubnetEmissionEnabled.Get(s, netuid),
                true,
                new PendingEmission(PendingServerEmission.Get(s, netuid), PendingValidatorEmission.Get(s, netuid), PendingRootAlphaDivs.Get(s, netuid), PendingOwnerCut.Get(s, netuid))));
        }

        var parameters = new CoinbaseParameters(SubnetTAO.Get(s, RootNetUid), TaoWeight.Get(s), SubnetOwnerCut.Get(s), SwapEngine.DefaultMinimumReserve);
        CoinbaseBlockResult result = BlockCoinbase.EmitToSubnets(emission, states, parameters);
        foreach (SubnetCoinbaseResult r in result.Subnets)
        {
            ushort netuid = r.State.NetUid;
            PutPool(s, netuid, r.State.Pool);
            SubnetProtocolAlpha.Insert(s, netuid, r.State.ProtocolAlpha);
            PendingServerEmission.Insert(s, netuid, r.State.Pending.Server);
            PendingValidatorEmission.Insert(s, netuid, r.State.Pending.Validator);
            PendingRootAlphaDivs.Insert(s, netuid, r.State.Pending.RootAlpha);
            PendingOwnerCut.Insert(s, netuid, r.State.Pending.OwnerCut);
            SubnetTaoInEmission.Insert(s, netuid, r.TaoInEmission);
            SubnetAlphaInEmission.Insert(s, netuid, r.AlphaInEmission);
            SubnetAlphaOutEmission.Insert(s, netuid, r.AlphaOutEmission);
            SubnetVolume.Mutate(s, netuid, v => v + r.VolumeIncrease);
            TotalStake.Mutate(s, v => SatAdd(v, r.TotalStakeIncrease));
        }

        // Credit not spent on any subnet is recycled: it never reaches a pool or an account.
        BurnSubtensorIssuance(s, result.RecycledTao);
    }

    private void DrainPending(DispatchContext context, ushort[] subnets, ulong block)
    {
        IStorage s = context.Storage;
        ushort[] nonRoot = [.. subnets.Where(n => n != RootNetUid)];
        SubnetScheduleState[] states = [.. nonRoot.Select(n => new SubnetScheduleState(n, Tempo.Get(s, n), LastEpochBlock.Get(s, n), PendingEpochAt.Get(s, n), BlocksSinceLastStep.Get(s, n), SubnetEpochIndex.Get(s, n)))];
        bool[] consistent = [.. nonRoot.Select(n => InputStateConsistent(s, n))];
        EpochSlot[] plan = EpochDrain.Plan(states, consistent, block, MaxEpochsPerBlock.Get(s));
        foreach (EpochSlot slot in plan)
        {
            ushort netuid = slot.State.NetUid;
            BlocksSinceLastStep.Insert(s, netuid, slot.State.BlocksSinceLastStep);
            LastEpochBlock.Insert(s, netuid, slot.State.LastEpochBlock);
            PendingEpochAt.Insert(s, netuid, slot.State.PendingEpochAt);
            SubnetEpochIndex.Insert(s, netuid, slot.State.SubnetEpochIndex);
            if (slot.Decision == EpochDecision.Run)
            {
                var pending = new PendingEmission(PendingServerEmission.Take(s, netuid), PendingValidatorEmission.Take(s, netuid), PendingRootAlphaDivs.Take(s, netuid), PendingOwnerCut.Take(s, netuid));
                DistributeEmission(s, netuid, pending, block);
            }
        }
    }

    /// <summary><c>is_epoch_input_state_consistent</c>: no hotkey holds two uids.</summary>
    private bool InputStateConsistent(IStorage s, ushort netuid)
    {
        var seen = new HashSet<AccountId32>();
        return Keys.IteratePrefix(s, netuid).All(e => seen.Add(e.Value));
    }

    /// <summary>Runs the epoch on the drained emission and pays it out (<c>distribute_emission</c>).</summary>
    private void DistributeEmission(IStorage s, ushort netuid, PendingEmission pending, ulong block)
    {
        ushort n = SubnetworkN.Get(s, netuid);
        AccountId32[] hotkeys = new AccountId32[n];
        for (ushort uid = 0; uid < n; uid++)
        {
            hotkeys[uid] = Keys.Get(s, netuid, uid);
        }

        EpochOutput output = RunEpoch(s, netuid, hotkeys, pending.EpochEmission, block);
        var emission = new List<HotkeyEmission>(n);
        var infos = new Dictionary<AccountId32, HotkeyDistributionInfo>();
        for (ushort uid = 0; uid < n; uid++)
        {
            AccountId32 hotkey = hotkeys[uid];
            emission.Add(new HotkeyEmission(hotkey, output.ServerEmission[uid], output.ValidatorEmission[uid]));
            infos[hotkey] = new HotkeyDistributionInfo(TotalHotkeyAlpha.Get(s, hotkey, netuid), TotalHotkeyAlpha.Get(s, hotkey, RootNetUid), Owner.Get(s, hotkey), Delegates.Get(s, hotkey), 0, [], []);
        }

        AccountId32 ownerColdkey = SubnetOwner.Get(s, netuid);
        AccountId32? ownerHotkey = SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 oh) && Uids.ContainsKey(s, netuid, oh) ? oh : null;
        var owned = OwnedHotkeys.Get(s, ownerColdkey)
            .Where(h => Uids.ContainsKey(s, netuid, h))
            .Select(h => (h, Uids.Get(s, netuid, h), BlockAtRegistration.Get(s, netuid, Uids.Get(s, netuid, h))));
        var input = new DistributionInput(
            pending,
            emission,
            Proportions.TaoWeight(TaoWeight.Get(s)),
            Proportions.CkBurn(CKBurn.Get(s)),
            infos,
            DefaultDelegateTake,
            SubnetOwner.TryGet(s, netuid, out AccountId32 oc) ? oc : null,
            SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 ohk) ? ohk : null,
            EmissionDistribution.OwnerHotkeys(owned, ownerHotkey),
            new Dictionary<AccountId32, AccountId32>(),
            null);
        DistributionResult result = EmissionDistribution.Distribute(input);

        if (result.OwnerCut is { } cut)
        {
            IncreaseStake(s, cut.Hotkey, cut.Coldkey, netuid, cut.Amount);
        }

        foreach (IncentivePayout payout in result.Incentives)
        {
            IncreaseStake(s, payout.Destination, payout.Coldkey, netuid, payout.Amount);
        }

        MinerBurned.Insert(s, netuid, result.MinerBurned.Bits);
        foreach (DividendPayout payout in result.AlphaDividends)
        {
            IncreaseStake(s, payout.Hotkey, payout.Owner, netuid, payout.Take);
            IncreaseStakeForHotkey(s, payout.Hotkey, netuid, payout.Nominators);
            AlphaDividendsPerSubnet.Insert(s, netuid, payout.Hotkey, SatAdd(payout.Take, payout.Nominators));
        }

        // Root alpha dividends need root stake and root claims, which this slice does not have: they are recycled.
        ulong rootAlpha = result.RootAlphaDividends.Aggregate(0UL, (sum, p) => SatAdd(sum, SatAdd(p.Take, p.Claimable)));
        SubnetAlphaOut.Mutate(s, netuid, v => SatSub(SatSub(v, result.RecycledAlpha), rootAlpha));
    }

    /// <summary>
    /// Per uid, the block of its earliest unexpired hash commit (<see cref="ulong.MaxValue"/> for none): the epoch masks
    /// weights to uids registered after it (<c>run_epoch.rs</c>, commit-reveal column mask; timelocked commits are not
    /// in this runtime).
    /// </summary>
    private ulong[] LiveCommitBlocks(IStorage s, ushort netuid, int n, ulong block)
    {
        ulong[] commitBlocks = new ulong[n];
        Array.Fill(commitBlocks, ulong.MaxValue);
        foreach (KeyValuePair<AccountId32, WeightCommit[]> entry in WeightCommits.IteratePrefix(s, netuid))
        {
            if (!Uids.TryGet(s, netuid, entry.Key, out ushort uid) || uid >= n)
            {
                continue;
            }

            foreach (WeightCommit commit in entry.Value)
            {
                if (!IsCommitExpired(s, netuid, commit.Epoch, block))
                {
                    commitBlocks[uid] = Math.Min(commitBlocks[uid], commit.Block);
                    break;
                }
            }
        }

        return commitBlocks;
    }

    /// <summary>Builds the epoch input from storage, runs Yuma and persists its outputs as <c>run_epoch.rs::epoch</c> does.</summary>
    private EpochOutput RunEpoch(IStorage s, ushort netuid, AccountId32[] hotkeys, ulong raoEmission, ulong block)
    {
        int n = hotkeys.Length;
        ulong[] lastUpdate = Resized(LastUpdate.Get(s, netuid), n);
        ulong[] registered = new ulong[n];
        var stake = new I64F64[n];
        var weights = new SparseEntry[n][];
        var bonds = new SparseEntry[n][];
        for (ushort uid = 0; uid < n; uid++)
        {
            registered[uid] = BlockAtRegistration.Get(s, netuid, uid);
            stake[uid] = I64F64.SaturatingFromInt(TotalHotkeyAlpha.Get(s, hotkeys[uid], netuid));
            weights[uid] = [.. Weights.Get(s, netuid, uid).Select(e => new SparseEntry(e.Uid, e.Value))];
            bonds[uid] = [.. Bonds.Get(s, netuid, uid).Select(e => new SparseEntry(e.Uid, e.Value))];
        }

        ushort? ownerUid = SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 ownerHotkey) && Uids.TryGet(s, netuid, ownerHotkey, out ushort ou) ? ou : null;
        var input = new EpochInput
        {
            N = (ushort)n,
            Block = block,
            Stake = stake,
            LastUpdate = lastUpdate,
            BlockAtRegistration = registered,
            ValidatorPermit = Resized(ValidatorPermit.Get(s, netuid), n),
            Weights = weights,
            Bonds = bonds,
            Parameters = new EpochParameters
            {
                Tempo = Tempo.Get(s, netuid),
                ActivityCutoff = ActivityCutoff.Get(s, netuid),
                MaxAllowedValidators = MaxAllowedValidators.Get(s, netuid),
                Kappa = Kappa.Get(s, netuid),
                BondsPenalty = BondsPenalty.Get(s, netuid),
                BondsMovingAverage = BondsMovingAverage.Get(s, netuid),
                Yuma3 = Yuma3On.Get(s, netuid),
                LiquidAlpha = LiquidAlphaOn.Get(s, netuid),
                AlphaLow = AlphaValues.Get(s, netuid).Low,
                AlphaHigh = AlphaValues.Get(s, netuid).High,
                AlphaSigmoidSteepness = AlphaSigmoidSteepness.Get(s, netuid),
                StakeThreshold = StakeThreshold.Get(s),
                CommitReveal = CommitRevealWeightsEnabled.Get(s, netuid),
            },
            CommitBlocks = CommitRevealWeightsEnabled.Get(s, netuid) ? LiveCommitBlocks(s, netuid, n, block) : null,
            OwnerUid = ownerUid,
            RaoEmission = raoEmission,
            LastMechanismStepBlock = LastMechansimStepBlock.Get(s, netuid),
        };
        EpochOutput output = YumaEpoch.Run(input);

        Active.Insert(s, netuid, output.Active);
        Emission.Insert(s, netuid, output.Emission);
        Consensus.Insert(s, netuid, output.Consensus);
        Incentive.Insert(s, netuid, output.Incentive);
        Dividends.Insert(s, netuid, output.Dividends);
        ValidatorTrust.Insert(s, netuid, output.ValidatorTrust);
        ValidatorPermit.Insert(s, netuid, output.ValidatorPermit);
        StakeWeight.Insert(s, netuid, output.StakeWeight);
        for (ushort uid = 0; uid < n; uid++)
        {
            SparseEntry[] row = output.Bonds[uid];
            if (row.Length == 0)
            {
                Bonds.Remove(s, netuid, uid);
            }
            else
            {
                Bonds.Insert(s, netuid, uid, [.. row.Select(e => (e.Uid, e.Value))]);
            }
        }

        LastMechansimStepBlock.Insert(s, netuid, block);
        return output;
    }
}
