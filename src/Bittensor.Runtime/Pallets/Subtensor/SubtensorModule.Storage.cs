using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Storage items of this slice, with upstream names, hashers, key types and defaults.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/lib.rs</c> (storage declarations and type_values) and
/// <c>runtime/src/lib.rs</c> (SubtensorInitial* values).</remarks>
public sealed partial class SubtensorModule
{
    // Defaults (lib.rs type_values / runtime SubtensorInitial*).
    public const ushort DefaultTempo = 360;
    public const ushort DefaultKappa = 32_767;
    public const ulong DefaultNeuronBurnCost = 1_000_000_000;

    /// <summary><c>DefaultBurn</c> = <c>T::InitialBurn</c> (runtime <c>SubtensorInitialBurn</c>, 0.1 TAO): what <c>Burn</c> reads for a
    /// subnet that never stored one; <c>init_new_network</c> stores <see cref="DefaultNeuronBurnCost"/> explicitly.</summary>
    public const ulong InitialBurn = 100_000_000;
    public const ulong DefaultMinBurn = 500_000;
    public const ulong DefaultMaxBurn = 100_000_000_000;
    public const ushort DefaultBurnHalfLife = 360;
    public const ulong DefaultNetworkMinLockCost = 1_000_000_000_000;
    public const ulong DefaultNetworkRateLimit = 7_200;
    public const ulong DefaultNetworkLockReductionInterval = 100_800;
    public const ushort DefaultSubnetOwnerCut = 11_796;
    public const ushort DefaultDelegateTake = 11_796;
    public const ulong DefaultMinStake = 2_000_000;
    public const ulong DefaultTaoWeight = 971_718_665_099_567_868;
    public const ushort DefaultSubnetLimit = 128;
    public const ulong DefaultEmaPriceHalvingBlocks = 201_600;

    private static readonly UInt128 OneHalfPerquintill = Swap.Perquintill.Accuracy / 2;

    // Globals.
    public StorageValue<ulong> TotalIssuance { get; private set; } = null!;

    public StorageValue<ulong> TotalStake { get; private set; } = null!;

    public StorageValue<ushort> TotalNetworks { get; private set; } = null!;

    public StorageValue<ulong> BlockEmission { get; private set; } = null!;

    public StorageValue<ulong> NetworkLastLockCost { get; private set; } = null!;

    public StorageValue<ulong> NetworkMinLockCost { get; private set; } = null!;

    public StorageValue<ulong> NetworkLastRegistered { get; private set; } = null!;

    public StorageValue<ulong> NetworkRateLimit { get; private set; } = null!;

    public StorageValue<ulong> NetworkLockReductionInterval { get; private set; } = null!;

    public StorageValue<ushort> SubnetLimit { get; private set; } = null!;

    public StorageValue<ushort> SubnetOwnerCut { get; private set; } = null!;

    public StorageValue<ulong> TaoWeight { get; private set; } = null!;

    /// <summary><c>CKBurn</c>: the share (/u64::MAX) of dividends burned on childkeys the coldkey does not own.</summary>
    public StorageValue<ulong> CKBurn { get; private set; } = null!;

    /// <summary><c>SubnetMovingAlpha</c>: the moving price's EMA factor (I96F32 bits, as u128 like SubnetMovingPrice).</summary>
    public StorageValue<UInt128> SubnetMovingAlpha { get; private set; } = null!;

    public StorageValue<ulong> StartCallDelay { get; private set; } = null!;

    public StorageValue<byte> MaxEpochsPerBlock { get; private set; } = null!;

    public StorageValue<ulong> StakeThreshold { get; private set; } = null!;

    // Subnet parameters (NetUid → value, Identity).
    public StorageMap<ushort, bool> NetworksAdded { get; private set; } = null!;

    public StorageMap<ushort, ushort> SubnetworkN { get; private set; } = null!;

    public StorageMap<ushort, ushort> Tempo { get; private set; } = null!;

    public StorageMap<ushort, ushort> Kappa { get; private set; } = null!;

    public StorageMap<ushort, ushort> MaxAllowedUids { get; private set; } = null!;

    public StorageMap<ushort, ushort> MaxAllowedValidators { get; private set; } = null!;

    public StorageMap<ushort, ushort> ImmunityPeriod { get; private set; } = null!;

    public StorageMap<ushort, ushort> MinAllowedWeights { get; private set; } = null!;

    public StorageMap<ushort, ushort> MaxWeightsLimit { get; private set; } = null!;

    public StorageMap<ushort, ushort> ActivityCutoff { get; private set; } = null!;

    public StorageMap<ushort, ulong> BondsMovingAverage { get; private set; } = null!;

    public StorageMap<ushort, ushort> BondsPenalty { get; private set; } = null!;

    public StorageMap<ushort, bool> Yuma3On { get; private set; } = null!;

    public StorageMap<ushort, ulong> Burn { get; private set; } = null!;

    public StorageMap<ushort, ulong> MinBurn { get; private set; } = null!;

    public StorageMap<ushort, ulong> MaxBurn { get; private set; } = null!;

    public StorageMap<ushort, ushort> BurnHalfLife { get; private set; } = null!;

    /// <summary>U64F64 bits.</summary>
    public StorageMap<ushort, UInt128> BurnIncreaseMult { get; private set; } = null!;

    public StorageMap<ushort, ulong> WeightsSetRateLimit { get; private set; } = null!;

    public StorageMap<ushort, ulong> WeightsVersionKey { get; private set; } = null!;

    public StorageMap<ushort, bool> CommitRevealWeightsEnabled { get; private set; } = null!;

    public StorageMap<ushort, ulong> ServingRateLimit { get; private set; } = null!;

    public StorageMap<ushort, bool> NetworkRegistrationAllowed { get; private set; } = null!;

    public StorageMap<ushort, ulong> RAORecycledForRegistration { get; private set; } = null!;

    public StorageMap<ushort, AccountId32> SubnetOwner { get; private set; } = null!;

    public StorageMap<ushort, AccountId32> SubnetOwnerHotkey { get; private set; } = null!;

    public StorageMap<ushort, ushort> SubnetMechanism { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetLocked { get; private set; } = null!;

    public StorageMap<ushort, ulong> NetworkRegisteredAt { get; private set; } = null!;

    public StorageMap<ushort, ulong> FirstEmissionBlockNumber { get; private set; } = null!;

    public StorageMap<ushort, bool> SubtokenEnabled { get; private set; } = null!;

    public StorageMap<ushort, bool> SubnetEmissionEnabled { get; private set; } = null!;

    // Pools.
    public StorageMap<ushort, ulong> SubnetTAO { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetAlphaIn { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetAlphaOut { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetProtocolAlpha { get; private set; } = null!;

    /// <summary>I96F32 bits.</summary>
    public StorageMap<ushort, UInt128> SubnetMovingPrice { get; private set; } = null!;

    /// <summary>U96F32 bits (withheld share of the last epoch's incentive).</summary>
    public StorageMap<ushort, UInt128> MinerBurned { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetTaoInEmission { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetAlphaInEmission { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetAlphaOutEmission { get; private set; } = null!;

    public StorageMap<ushort, UInt128> SubnetVolume { get; private set; } = null!;

    /// <summary>Swap pallet state kept here in this slice: <c>SwapBalancer</c> quote weight (Perquintill parts).</summary>
    public StorageMap<ushort, ulong> SwapBalancer { get; private set; } = null!;

    /// <summary>Swap pallet state kept here in this slice: <c>PalSwapInitialized</c>.</summary>
    public StorageMap<ushort, bool> PalSwapInitialized { get; private set; } = null!;

    // Pending emission and scheduling.
    public StorageMap<ushort, ulong> PendingServerEmission { get; private set; } = null!;

    public StorageMap<ushort, ulong> PendingValidatorEmission { get; private set; } = null!;

    public StorageMap<ushort, ulong> PendingRootAlphaDivs { get; private set; } = null!;

    public StorageMap<ushort, ulong> PendingOwnerCut { get; private set; } = null!;

    public StorageMap<ushort, ulong> BlocksSinceLastStep { get; private set; } = null!;

    public StorageMap<ushort, ulong> LastMechansimStepBlock { get; private set; } = null!;

    public StorageMap<ushort, ulong> LastEpochBlock { get; private set; } = null!;

    public StorageMap<ushort, ulong> PendingEpochAt { get; private set; } = null!;

    public StorageMap<ushort, ulong> SubnetEpochIndex { get; private set; } = null!;

    // Neurons.
    public StorageDoubleMap<ushort, ushort, AccountId32> Keys { get; private set; } = null!;

    public StorageDoubleMap<ushort, AccountId32, ushort> Uids { get; private set; } = null!;

    public StorageDoubleMap<AccountId32, ushort, bool> IsNetworkMember { get; private set; } = null!;

    public StorageDoubleMap<ushort, ushort, ulong> BlockAtRegistration { get; private set; } = null!;

    public StorageMap<ushort, ulong[]> LastUpdate { get; private set; } = null!;

    public StorageDoubleMap<ushort, ushort, (ushort Uid, ushort Value)[]> Weights { get; private set; } = null!;

    public StorageDoubleMap<ushort, ushort, (ushort Uid, ushort Value)[]> Bonds { get; private set; } = null!;

    public StorageMap<ushort, bool[]> Active { get; private set; } = null!;

    public StorageMap<ushort, ulong[]> Emission { get; private set; } = null!;

    public StorageMap<ushort, ushort[]> Incentive { get; private set; } = null!;

    public StorageMap<ushort, ushort[]> Consensus { get; private set; } = null!;

    public StorageMap<ushort, ushort[]> Dividends { get; private set; } = null!;

    public StorageMap<ushort, ushort[]> ValidatorTrust { get; private set; } = null!;

    public StorageMap<ushort, bool[]> ValidatorPermit { get; private set; } = null!;

    public StorageMap<ushort, ushort[]> StakeWeight { get; private set; } = null!;

    public StorageDoubleMap<ushort, AccountId32, AxonInfo> Axons { get; private set; } = null!;

    // Keys and stake.
    public StorageMap<AccountId32, AccountId32> Owner { get; private set; } = null!;

    public StorageMap<AccountId32, AccountId32[]> OwnedHotkeys { get; private set; } = null!;

    public StorageMap<AccountId32, AccountId32[]> StakingHotkeys { get; private set; } = null!;

    public StorageMap<AccountId32, ushort> Delegates { get; private set; } = null!;

    public StorageDoubleMap<AccountId32, ushort, ulong> TotalHotkeyAlpha { get; private set; } = null!;

    /// <summary>U64F64 bits: the share-pool denominator of (hotkey, netuid).</summary>
    public StorageDoubleMap<AccountId32, ushort, UInt128> TotalHotkeyShares { get; private set; } = null!;

    /// <summary>U64F64 bits: shares of (hotkey, coldkey, netuid).</summary>
    public StorageNMap<UInt128> Alpha { get; private set; } = null!;

    public StorageDoubleMap<ushort, AccountId32, ulong> AlphaDividendsPerSubnet { get; private set; } = null!;

    private void DefineStorage()
    {
        const StorageModifier V = StorageModifier.Default;
        const StorageModifier O = StorageModifier.Optional;
        const StorageHasher Id = StorageHasher.Identity;
        const StorageHasher B = StorageHasher.Blake2_128Concat;

        TotalIssuance = DefineValue("TotalIssuance", Codecs.U64, V, 0UL, " The total issuance of TAO tracked by subtensor.");
        TotalStake = DefineValue("TotalStake", Codecs.U64, V, 0UL, " TAO staked into subnet pools.");
        TotalNetworks = DefineValue("TotalNetworks", Codecs.U16, V, (ushort)0, " Number of subnets (root included).");
        BlockEmission = DefineValue("BlockEmission", Codecs.U64, V, 1_000_000_000UL, " The TAO emitted by the last block.");
        NetworkLastLockCost = DefineValue("NetworkLastLockCost", Codecs.U64, V, DefaultNetworkMinLockCost, " Lock paid by the last subnet registration.");
        NetworkMinLockCost = DefineValue("NetworkMinLockCost", Codecs.U64, V, DefaultNetworkMinLockCost, " Minimum subnet lock cost.");
        NetworkLastRegistered = DefineValue("NetworkLastRegistered", Codecs.U64, V, 0UL, " Block of the last subnet registration.");
        NetworkRateLimit = DefineValue("NetworkRateLimit", Codecs.U64, V, DefaultNetworkRateLimit, " Blocks between subnet registrations.");
        NetworkLockReductionInterval = DefineValue("NetworkLockReductionInterval", Codecs.U64, V, DefaultNetworkLockReductionInterval, " Lock cost decay interval.");
        SubnetLimit = DefineValue("SubnetLimit", Codecs.U16, V, DefaultSubnetLimit, " Maximum number of subnets.");
        SubnetOwnerCut = DefineValue("SubnetOwnerCut", Codecs.U16, V, DefaultSubnetOwnerCut, " Owner share of alpha emission (/65535).");
        TaoWeight = DefineValue("TaoWeight", Codecs.U64, V, DefaultTaoWeight, " Weight of root stake (/u64::MAX).");
        CKBurn = DefineValue("CKBurn", Codecs.U64, V, 0UL, " --- ITEM --> CK burn");
        SubnetMovingAlpha = DefineValue("SubnetMovingAlpha", Codecs.U128, V, (UInt128)MovingPrice.DefaultMovingAlpha.Bits, " --- ITEM ( moving_alpha ) -- subnet moving alpha.");
        StartCallDelay = DefineValue("StartCallDelay", Codecs.U64, V, 0UL, " Blocks after registration before start_call.");
        MaxEpochsPerBlock = DefineValue("MaxEpochsPerBlock", Codecs.U8, V, (byte)2, " Epochs run per block at most.");
        StakeThreshold = DefineValue("StakeThreshold", Codecs.U64, V, 0UL, " Minimum stake to set weights.");

        NetworksAdded = DefineMap("NetworksAdded", Id, Codecs.U16, Codecs.Bool, V, false, " True for existing subnets.");
        SubnetworkN = DefineMap("SubnetworkN", Id, Codecs.U16, Codecs.U16, V, (ushort)0, " Number of uids on a subnet.");
        Tempo = DefineMap("Tempo", Id, Codecs.U16, Codecs.U16, V, DefaultTempo);
        Kappa = DefineMap("Kappa", Id, Codecs.U16, Codecs.U16, V, DefaultKappa);
        MaxAllowedUids = DefineMap("MaxAllowedUids", Id, Codecs.U16, Codecs.U16, V, (ushort)4096);
        MaxAllowedValidators = DefineMap("MaxAllowedValidators", Id, Codecs.U16, Codecs.U16, V, (ushort)128);
        ImmunityPeriod = DefineMap("ImmunityPeriod", Id, Codecs.U16, Codecs.U16, V, (ushort)4096);
        MinAllowedWeights = DefineMap("MinAllowedWeights", Id, Codecs.U16, Codecs.U16, V, (ushort)1024);
        MaxWeightsLimit = DefineMap("MaxWeightsLimit", Id, Codecs.U16, Codecs.U16, V, ushort.MaxValue);
        ActivityCutoff = DefineMap("ActivityCutoff", Id, Codecs.U16, Codecs.U16, V, (ushort)5000);
        BondsMovingAverage = DefineMap("BondsMovingAverage", Id, Codecs.U16, Codecs.U64, V, 900_000UL);
        BondsPenalty = DefineMap("BondsPenalty", Id, Codecs.U16, Codecs.U16, V, ushort.MaxValue);
        Yuma3On = DefineMap("Yuma3On", B, Codecs.U16, Codecs.Bool, V, false); // Blake2_128Concat as upstream (finney metadata), unlike its Identity-hashed neighbours
        Burn = DefineMap("Burn", Id, Codecs.U16, Codecs.U64, V, InitialBurn);
        MinBurn = DefineMap("MinBurn", Id, Codecs.U16, Codecs.U64, V, DefaultMinBurn);
        MaxBurn = DefineMap("MaxBurn", Id, Codecs.U16, Codecs.U64, V, DefaultMaxBurn);
        BurnHalfLife = DefineMap("BurnHalfLife", Id, Codecs.U16, Codecs.U16, V, DefaultBurnHalfLife);
        BurnIncreaseMult = DefineMap("BurnIncreaseMult", Id, Codecs.U16, Codecs.U128, V, Registration.BurnPrice.DefaultIncreaseMult.Bits);
        WeightsSetRateLimit = DefineMap("WeightsSetRateLimit", Id, Codecs.U16, Codecs.U64, V, 100UL);
        WeightsVersionKey = DefineMap("WeightsVersionKey", Id, Codecs.U16, Codecs.U64, V, 0UL);
        CommitRevealWeightsEnabled = DefineMap("CommitRevealWeightsEnabled", Id, Codecs.U16, Codecs.Bool, V, true);
        ServingRateLimit = DefineMap("ServingRateLimit", Id, Codecs.U16, Codecs.U64, V, 50UL);
        NetworkRegistrationAllowed = DefineMap("NetworkRegistrationAllowed", Id, Codecs.U16, Codecs.Bool, V, true); // DefaultRegistrationAllowed
        RAORecycledForRegistration = DefineMap("RAORecycledForRegistration", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetOwner = DefineMap("SubnetOwner", Id, Codecs.U16, Codecs.AccountId32, V, default(AccountId32));
        SubnetOwnerHotkey = DefineMap("SubnetOwnerHotkey", Id, Codecs.U16, Codecs.AccountId32, V, default(AccountId32));
        SubnetMechanism = DefineMap("SubnetMechanism", Id, Codecs.U16, Codecs.U16, V, (ushort)0);
        SubnetLocked = DefineMap("SubnetLocked", Id, Codecs.U16, Codecs.U64, V, 0UL);
        NetworkRegisteredAt = DefineMap("NetworkRegisteredAt", Id, Codecs.U16, Codecs.U64, V, 0UL);
        FirstEmissionBlockNumber = DefineMap("FirstEmissionBlockNumber", Id, Codecs.U16, Codecs.U64, O, 0UL);
        SubtokenEnabled = DefineMap("SubtokenEnabled", Id, Codecs.U16, Codecs.Bool, V, false);
        SubnetEmissionEnabled = DefineMap("SubnetEmissionEnabled", Id, Codecs.U16, Codecs.Bool, V, false);

        SubnetTAO = DefineMap("SubnetTAO", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetAlphaIn = DefineMap("SubnetAlphaIn", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetAlphaOut = DefineMap("SubnetAlphaOut", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetProtocolAlpha = DefineMap("SubnetProtocolAlpha", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetMovingPrice = DefineMap("SubnetMovingPrice", Id, Codecs.U16, Codecs.U128, V, UInt128.Zero);
        MinerBurned = DefineMap("MinerBurned", Id, Codecs.U16, Codecs.U128, V, UInt128.Zero);
        SubnetTaoInEmission = DefineMap("SubnetTaoInEmission", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetAlphaInEmission = DefineMap("SubnetAlphaInEmission", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetAlphaOutEmission = DefineMap("SubnetAlphaOutEmission", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetVolume = DefineMap("SubnetVolume", Id, Codecs.U16, Codecs.U128, V, UInt128.Zero);
        SwapBalancer = DefineMap("SwapBalancer", Id, Codecs.U16, Codecs.U64, V, (ulong)OneHalfPerquintill);
        PalSwapInitialized = DefineMap("PalSwapInitialized", Id, Codecs.U16, Codecs.Bool, V, false);

        PendingServerEmission = DefineMap("PendingServerEmission", Id, Codecs.U16, Codecs.U64, V, 0UL);
        PendingValidatorEmission = DefineMap("PendingValidatorEmission", Id, Codecs.U16, Codecs.U64, V, 0UL);
        PendingRootAlphaDivs = DefineMap("PendingRootAlphaDivs", Id, Codecs.U16, Codecs.U64, V, 0UL);
        PendingOwnerCut = DefineMap("PendingOwnerCut", Id, Codecs.U16, Codecs.U64, V, 0UL);
        BlocksSinceLastStep = DefineMap("BlocksSinceLastStep", Id, Codecs.U16, Codecs.U64, V, 0UL);
        LastMechansimStepBlock = DefineMap("LastMechansimStepBlock", Id, Codecs.U16, Codecs.U64, V, 0UL);
        LastEpochBlock = DefineMap("LastEpochBlock", Id, Codecs.U16, Codecs.U64, V, 0UL);
        PendingEpochAt = DefineMap("PendingEpochAt", Id, Codecs.U16, Codecs.U64, V, 0UL);
        SubnetEpochIndex = DefineMap("SubnetEpochIndex", Id, Codecs.U16, Codecs.U64, V, 0UL);

        Keys = DefineDoubleMap("Keys", Id, Codecs.U16, Id, Codecs.U16, Codecs.AccountId32, V, default(AccountId32), " (netuid, uid) → hotkey.");
        Uids = DefineDoubleMap("Uids", Id, Codecs.U16, B, Codecs.AccountId32, Codecs.U16, O, (ushort)0, " (netuid, hotkey) → uid.");
        IsNetworkMember = DefineDoubleMap("IsNetworkMember", B, Codecs.AccountId32, Id, Codecs.U16, Codecs.Bool, V, false);
        BlockAtRegistration = DefineDoubleMap("BlockAtRegistration", Id, Codecs.U16, Id, Codecs.U16, Codecs.U64, V, 0UL);
        LastUpdate = DefineMap("LastUpdate", Id, Codecs.U16, SubtensorCodecs.VecU64, V, []);
        Weights = DefineDoubleMap("Weights", Id, Codecs.U16, Id, Codecs.U16, SubtensorCodecs.Row, V, []);
        Bonds = DefineDoubleMap("Bonds", Id, Codecs.U16, Id, Codecs.U16, SubtensorCodecs.Row, V, []);
        Active = DefineMap("Active", Id, Codecs.U16, SubtensorCodecs.VecBool, V, []);
        Emission = DefineMap("Emission", Id, Codecs.U16, SubtensorCodecs.VecU64, V, []);
        Incentive = DefineMap("Incentive", Id, Codecs.U16, SubtensorCodecs.VecU16, V, []);
        Consensus = DefineMap("Consensus", Id, Codecs.U16, SubtensorCodecs.VecU16, V, []);
        Dividends = DefineMap("Dividends", Id, Codecs.U16, SubtensorCodecs.VecU16, V, []);
        ValidatorTrust = DefineMap("ValidatorTrust", Id, Codecs.U16, SubtensorCodecs.VecU16, V, []);
        ValidatorPermit = DefineMap("ValidatorPermit", Id, Codecs.U16, SubtensorCodecs.VecBool, V, []);
        StakeWeight = DefineMap("StakeWeight", Id, Codecs.U16, SubtensorCodecs.VecU16, V, []);
        Axons = DefineDoubleMap("Axons", Id, Codecs.U16, B, Codecs.AccountId32, SubtensorCodecs.Axon, O, default(AxonInfo));

        Owner = DefineMap("Owner", B, Codecs.AccountId32, Codecs.AccountId32, V, default(AccountId32), " hotkey → coldkey.");
        OwnedHotkeys = DefineMap("OwnedHotkeys", B, Codecs.AccountId32, SubtensorCodecs.VecAccountId, V, []);
        StakingHotkeys = DefineMap("StakingHotkeys", B, Codecs.AccountId32, SubtensorCodecs.VecAccountId, V, []);
        Delegates = DefineMap("Delegates", B, Codecs.AccountId32, Codecs.U16, V, DefaultDelegateTake);
        TotalHotkeyAlpha = DefineDoubleMap("TotalHotkeyAlpha", B, Codecs.AccountId32, Id, Codecs.U16, Codecs.U64, V, 0UL);
        TotalHotkeyShares = DefineDoubleMap("TotalHotkeyShares", B, Codecs.AccountId32, Id, Codecs.U16, Codecs.U128, V, UInt128.Zero);
        Alpha = DefineNMap("Alpha", [new StorageKeyPart(B, KnownTypes.AccountId32), new StorageKeyPart(B, KnownTypes.AccountId32), new StorageKeyPart(Id, TypeRef.U16)], Codecs.U128, V, UInt128.Zero);
        AlphaDividendsPerSubnet = DefineDoubleMap("AlphaDividendsPerSubnet", Id, Codecs.U16, B, Codecs.AccountId32, Codecs.U64, V, 0UL);
    }
}
