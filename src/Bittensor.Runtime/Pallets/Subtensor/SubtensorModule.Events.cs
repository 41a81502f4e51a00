using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Events this runtime emits, with upstream names, indices and field types.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/macros/events.rs</c> (declaration order = index). Two
/// events share a name with a storage item or error, so their properties carry a <c>Set</c> suffix.</remarks>
public sealed partial class SubtensorModule
{
    public EventDescriptor NetworkAdded { get; private set; } = null!;

    public EventDescriptor StakeAdded { get; private set; } = null!;

    public EventDescriptor StakeRemoved { get; private set; } = null!;

    public EventDescriptor StakeMoved { get; private set; } = null!;

    public EventDescriptor WeightsSet { get; private set; } = null!;

    public EventDescriptor NeuronRegistered { get; private set; } = null!;

    public EventDescriptor MaxAllowedUidsSet { get; private set; } = null!;

    public EventDescriptor MaxWeightLimitSet { get; private set; } = null!;

    public EventDescriptor DifficultySet { get; private set; } = null!;

    public EventDescriptor AdjustmentIntervalSet { get; private set; } = null!;

    public EventDescriptor RegistrationPerIntervalSet { get; private set; } = null!;

    public EventDescriptor MaxRegistrationsPerBlockSet { get; private set; } = null!;

    public EventDescriptor ActivityCutoffSet { get; private set; } = null!;

    public EventDescriptor RhoSet { get; private set; } = null!;

    public EventDescriptor KappaSet { get; private set; } = null!;

    public EventDescriptor MinAllowedWeightSet { get; private set; } = null!;

    public EventDescriptor WeightsSetRateLimitSet { get; private set; } = null!;

    public EventDescriptor ImmunityPeriodSet { get; private set; } = null!;

    public EventDescriptor BondsMovingAverageSet { get; private set; } = null!;

    public EventDescriptor BondsPenaltySet { get; private set; } = null!;

    public EventDescriptor BondsResetOnSet { get; private set; } = null!;

    public EventDescriptor MaxAllowedValidatorsSet { get; private set; } = null!;

    public EventDescriptor AxonServed { get; private set; } = null!;

    public EventDescriptor PrometheusServed { get; private set; } = null!;

    public EventDescriptor DelegateAdded { get; private set; } = null!;

    public EventDescriptor WeightsVersionKeySet { get; private set; } = null!;

    public EventDescriptor MinDifficultySet { get; private set; } = null!;

    public EventDescriptor MaxDifficultySet { get; private set; } = null!;

    public EventDescriptor ServingRateLimitSet { get; private set; } = null!;

    public EventDescriptor MaxBurnSet { get; private set; } = null!;

    public EventDescriptor MinBurnSet { get; private set; } = null!;

    public EventDescriptor MaxEpochsPerBlockSet { get; private set; } = null!;

    public EventDescriptor TxRateLimitSet { get; private set; } = null!;

    public EventDescriptor TxDelegateTakeRateLimitSet { get; private set; } = null!;

    public EventDescriptor AdminFreezeWindowSet { get; private set; } = null!;

    public EventDescriptor OwnerHyperparamRateLimitSet { get; private set; } = null!;

    public EventDescriptor RegistrationAllowed { get; private set; } = null!;

    public EventDescriptor TempoSet { get; private set; } = null!;

    public EventDescriptor RAORecycledForRegistrationSet { get; private set; } = null!;

    public EventDescriptor StakeThresholdSet { get; private set; } = null!;

    public EventDescriptor AdjustmentAlphaSet { get; private set; } = null!;

    public EventDescriptor SubnetOwnerCutSet { get; private set; } = null!;

    public EventDescriptor NetworkRateLimitSet { get; private set; } = null!;

    public EventDescriptor NetworkImmunityPeriodSet { get; private set; } = null!;

    public EventDescriptor StartCallDelaySet { get; private set; } = null!;

    public EventDescriptor NetworkMinLockCostSet { get; private set; } = null!;

    public EventDescriptor SubnetLimitSet { get; private set; } = null!;

    public EventDescriptor NetworkLockCostReductionIntervalSet { get; private set; } = null!;

    public EventDescriptor SubnetIdentitySet { get; private set; } = null!;

    public EventDescriptor TakeDecreased { get; private set; } = null!;

    public EventDescriptor TakeIncreased { get; private set; } = null!;

    public EventDescriptor HotkeySwapped { get; private set; } = null!;

    public EventDescriptor MaxDelegateTakeSet { get; private set; } = null!;

    public EventDescriptor MinDelegateTakeSet { get; private set; } = null!;

    public EventDescriptor WeightsCommitted { get; private set; } = null!;

    public EventDescriptor WeightsRevealed { get; private set; } = null!;

    public EventDescriptor StakeTransferred { get; private set; } = null!;

    public EventDescriptor StakeSwapped { get; private set; } = null!;

    public EventDescriptor TransferToggleSet { get; private set; } = null!;

    public EventDescriptor SubnetOwnerHotkeySet { get; private set; } = null!;

    public EventDescriptor FirstEmissionBlockNumberSet { get; private set; } = null!;

    public EventDescriptor CommitRevealPeriodsSet { get; private set; } = null!;

    public EventDescriptor CommitRevealEnabledSet { get; private set; } = null!;

    public EventDescriptor HotkeySwappedOnSubnet { get; private set; } = null!;

    public EventDescriptor CommitRevealVersionSet { get; private set; } = null!;

    public EventDescriptor MinAllowedUidsSet { get; private set; } = null!;

    private void DefineEvents()
    {
        FieldDef netuid = new(null, TypeRef.U16, "NetUid");
        FieldDef netuidIndex = new(null, TypeRef.U16, "NetUidStorageIndex");
        FieldDef account = new(null, KnownTypes.AccountId32, "T::AccountId");
        FieldDef u16 = new(null, TypeRef.U16, "u16");
        FieldDef u64 = new(null, TypeRef.U64, "u64");
        FieldDef u8 = new(null, TypeRef.U8, "u8");
        FieldDef boolean = new(null, TypeRef.Bool, "bool");
        FieldDef tao = new(null, TypeRef.U64, "TaoBalance");
        FieldDef alpha = new(null, TypeRef.U64, "AlphaBalance");
        FieldDef hash = new(null, KnownTypes.H256, "H256");
        TypeRef accountType = KnownTypes.AccountId32;
        const string AccountName = "T::AccountId";
        TypeRef netuidType = TypeRef.U16;
        const string NetuidName = "NetUid";
        NetworkAdded = DefineEvent(0, "NetworkAdded", [netuid, u16], " a new network is added.");
        StakeAdded = DefineEvent(2, "StakeAdded", [account, account, tao, alpha, netuid, u64], " stake has been transferred from the a coldkey account onto the hotkey staking account.");
        StakeRemoved = DefineEvent(3, "StakeRemoved", [account, account, tao, alpha, netuid, u64], " stake has been removed from the hotkey staking account onto the coldkey account.");
        StakeMoved = DefineEvent(4, "StakeMoved", [account, account, netuid, account, netuid, tao], " stake has been moved from origin (hotkey, subnet ID) to destination (hotkey, subnet ID) of this amount (in TAO).");
        WeightsSet = DefineEvent(5, "WeightsSet", [netuidIndex, u16], " a caller successfully sets their weights on a subnetwork.");
        NeuronRegistered = DefineEvent(6, "NeuronRegistered", [netuid, u16, account], " a new neuron account has been registered to the chain.");
        MaxAllowedUidsSet = DefineEvent(9, "MaxAllowedUidsSet", [netuid, u16], " max allowed uids has been set for a subnetwork.");
        MaxWeightLimitSet = DefineEvent(10, "MaxWeightLimitSet", [netuid, u16], " the max weight limit has been set for a subnetwork.");
        DifficultySet = DefineEvent(11, "DifficultySet", [netuid, u64], " the difficulty has been set for a subnet.");
        AdjustmentIntervalSet = DefineEvent(12, "AdjustmentIntervalSet", [netuid, u16], " the adjustment interval is set for a subnet.");
        RegistrationPerIntervalSet = DefineEvent(13, "RegistrationPerIntervalSet", [netuid, u16], " registration per interval is set for a subnet.");
        MaxRegistrationsPerBlockSet = DefineEvent(14, "MaxRegistrationsPerBlockSet", [netuid, u16], " we set max registrations per block.");
        ActivityCutoffSet = DefineEvent(15, "ActivityCutoffSet", [netuid, u16], " an activity cutoff is set for a subnet.");
        RhoSet = DefineEvent(16, "RhoSet", [netuid, u16], " Rho value is set.");
        KappaSet = DefineEvent(18, "KappaSet", [netuid, u16], " Kappa is set for a subnet.");
        MinAllowedWeightSet = DefineEvent(19, "MinAllowedWeightSet", [netuid, u16], " minimum allowed weight is set for a subnet.");
        WeightsSetRateLimitSet = DefineEvent(22, "WeightsSetRateLimitSet", [netuid, u64], " weights set rate limit has been set for a subnet.");
        ImmunityPeriodSet = DefineEvent(23, "ImmunityPeriodSet", [netuid, u16], " immunity period is set for a subnet.");
        BondsMovingAverageSet = DefineEvent(24, "BondsMovingAverageSet", [netuid, u64], " bonds moving average is set for a subnet.");
        BondsPenaltySet = DefineEvent(25, "BondsPenaltySet", [netuid, u16], " bonds penalty is set for a subnet.");
        BondsResetOnSet = DefineEvent(26, "BondsResetOnSet", [netuid, boolean], " bonds reset is set for a subnet.");
        MaxAllowedValidatorsSet = DefineEvent(27, "MaxAllowedValidatorsSet", [netuid, u16], " setting the max number of allowed validators on a subnet.");
        AxonServed = DefineEvent(28, "AxonServed", [netuid, account], " the axon server information is added to the network.");
        PrometheusServed = DefineEvent(29, "PrometheusServed", [netuid, account], " the prometheus server information is added to the network.");
        DelegateAdded = DefineEvent(30, "DelegateAdded", [account, account, u16], " a hotkey has become a delegate.");
        WeightsVersionKeySet = DefineEvent(32, "WeightsVersionKeySet", [netuid, u64], " weight version key is set for a network.");
        MinDifficultySet = DefineEvent(33, "MinDifficultySet", [netuid, u64], " setting min difficulty on a network.");
        MaxDifficultySet = DefineEvent(34, "MaxDifficultySet", [netuid, u64], " setting max difficulty on a network.");
        ServingRateLimitSet = DefineEvent(35, "ServingRateLimitSet", [netuid, u64], " setting the prometheus serving rate limit.");
        MaxBurnSet = DefineEvent(37, "MaxBurnSet", [netuid, tao], " setting max burn on a network.");
        MinBurnSet = DefineEvent(38, "MinBurnSet", [netuid, tao], " setting min burn on a network.");
        MaxEpochsPerBlockSet = DefineEvent(39, "MaxEpochsPerBlockSet", [u8], " setting the per-block cap on subnet epochs.");
        TxRateLimitSet = DefineEvent(40, "TxRateLimitSet", [u64], " setting the transaction rate limit.");
        TxDelegateTakeRateLimitSet = DefineEvent(41, "TxDelegateTakeRateLimitSet", [u64], " setting the delegate take transaction rate limit.");
        AdminFreezeWindowSet = DefineEvent(43, "AdminFreezeWindowSet", [u16], " setting the admin freeze window length (last N blocks of tempo)");
        OwnerHyperparamRateLimitSet = DefineEvent(44, "OwnerHyperparamRateLimitSet", [u16], " setting the owner hyperparameter rate limit in epochs");
        RegistrationAllowed = DefineEvent(50, "RegistrationAllowed", [netuid, boolean], " registration is allowed/disallowed for a subnet.");
        TempoSet = DefineEvent(52, "TempoSet", [netuid, u16], " setting tempo on a network");
        RAORecycledForRegistrationSet = DefineEvent(53, "RAORecycledForRegistrationSet", [netuid, tao], " setting the RAO recycled for registration.");
        StakeThresholdSet = DefineEvent(54, "StakeThresholdSet", [u64], " min stake is set for validators to set weights.");
        AdjustmentAlphaSet = DefineEvent(55, "AdjustmentAlphaSet", [netuid, u64], " setting the adjustment alpha on a subnet.");
        SubnetOwnerCutSet = DefineEvent(57, "SubnetOwnerCutSet", [u16], " the subnet owner cut is set.");
        NetworkRateLimitSet = DefineEvent(58, "NetworkRateLimitSet", [u64], " the network creation rate limit is set.");
        NetworkImmunityPeriodSet = DefineEvent(59, "NetworkImmunityPeriodSet", [u64], " the network immunity period is set.");
        StartCallDelaySet = DefineEvent(60, "StartCallDelaySet", [u64], " the start call delay is set.");
        NetworkMinLockCostSet = DefineEvent(61, "NetworkMinLockCostSet", [tao], " the network minimum locking cost is set.");
        SubnetLimitSet = DefineEvent(62, "SubnetLimitSet", [u16], " the maximum number of subnets is set");
        NetworkLockCostReductionIntervalSet = DefineEvent(63, "NetworkLockCostReductionIntervalSet", [u64], " the lock cost reduction is set");
        TakeDecreased = DefineEvent(64, "TakeDecreased", [account, account, u16], " the take for a delegate is decreased.");
        TakeIncreased = DefineEvent(65, "TakeIncreased", [account, account, u16], " the take for a delegate is increased.");
        HotkeySwapped = DefineEvent(66, "HotkeySwapped", [P("coldkey", accountType, AccountName), P("old_hotkey", accountType, AccountName), P("new_hotkey", accountType, AccountName)], " the hotkey is swapped");
        MaxDelegateTakeSet = DefineEvent(67, "MaxDelegateTakeSet", [u16], " maximum delegate take is set by sudo/admin transaction");
        MinDelegateTakeSet = DefineEvent(68, "MinDelegateTakeSet", [u16], " minimum delegate take is set by sudo/admin transaction");
        SubnetIdentitySet = DefineEvent(78, "SubnetIdentitySet", [netuid], " the identity of a subnet is set");
        WeightsCommitted = DefineEvent(85, "WeightsCommitted", [account, netuidIndex, hash], " weights have been successfully committed.");
        WeightsRevealed = DefineEvent(86, "WeightsRevealed", [account, netuidIndex, hash], " weights have been successfully revealed.");
        StakeTransferred = DefineEvent(91, "StakeTransferred", [account, account, account, netuid, netuid, tao], " Stake has been transferred from one coldkey to another on the same subnet.");
        StakeSwapped = DefineEvent(92, "StakeSwapped", [account, account, netuid, netuid, tao], " Stake has been swapped from one subnet to another for the same coldkey-hotkey pair.");
        TransferToggleSet = DefineEvent(93, "TransferToggle", [netuid, boolean], " Event called when transfer is toggled on a subnet.");
        SubnetOwnerHotkeySet = DefineEvent(94, "SubnetOwnerHotkeySet", [netuid, account], " The owner hotkey for a subnet has been set.");
        FirstEmissionBlockNumberSet = DefineEvent(95, "FirstEmissionBlockNumberSet", [netuid, u64], " FirstEmissionBlockNumber is set via start call extrinsic");
        CommitRevealPeriodsSet = DefineEvent(100, "CommitRevealPeriodsSet", [netuid, u64], " Commit-reveal periods has been successfully set.");
        CommitRevealEnabledSet = DefineEvent(101, "CommitRevealEnabled", [netuid, boolean], " Commit-reveal has been successfully toggled.");
        HotkeySwappedOnSubnet = DefineEvent(102, "HotkeySwappedOnSubnet", [P("coldkey", accountType, AccountName), P("old_hotkey", accountType, AccountName), P("new_hotkey", accountType, AccountName), P("netuid", netuidType, NetuidName)], " the hotkey is swapped on a subnet");
        CommitRevealVersionSet = DefineEvent(106, "CommitRevealVersionSet", [u16], " The commit-reveal version has been updated.");
        MinAllowedUidsSet = DefineEvent(111, "MinAllowedUidsSet", [netuid, u16], " min allowed uids has been set for a subnetwork.");
    }
}
