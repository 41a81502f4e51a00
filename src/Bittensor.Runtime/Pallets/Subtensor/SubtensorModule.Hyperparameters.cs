using Bittensor.Core.Hashing;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Hyperparameter and rate-limit storage the AdminUtils setters write (beyond the items the block step reads), with
/// upstream names, hashers and defaults.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/lib.rs</c> (storage and type_values),
/// <c>runtime/src/lib.rs</c> (SubtensorInitial*).</remarks>
public sealed partial class SubtensorModule
{
    public const ushort DefaultAdminFreezeWindow = 10;
    public const ushort DefaultOwnerHyperparamRateLimit = 2;
    public const ulong DefaultWeightsVersionKeyRateLimit = 5;
    public const ulong DefaultSetSNOwnerHotkeyRateLimit = 50_400;
    public const ulong DefaultTxRateLimit = 1_000;
    public const ulong DefaultTxDelegateTakeRateLimit = 216_000;
    public const ushort DefaultMinDelegateTake = 0;
    public const ushort DefaultMinActivityCutoff = 360;
    public const ulong DefaultNetworkImmunityPeriod = 1_296_000;
    public const short DefaultAlphaSigmoidSteepness = 1_000;
    public const ushort DefaultMinAllowedUids = 64;
    public const ushort DefaultMaxAllowedUids = 256;
    public const ushort DefaultCommitRevealWeightsVersion = 4;
    public const ulong MinCommitRevealPeriods = 1;
    public const ulong MaxCommitRevealPeriods = 100;
    public const ushort MinImmuneOwnerUidsLimit = 1;
    public const ushort MaxImmuneOwnerUidsLimit = 10;

    // Global admin values.
    public StorageValue<ushort> AdminFreezeWindow { get; private set; } = null!;

    public StorageValue<ushort> OwnerHyperparamRateLimit { get; private set; } = null!;

    public StorageValue<ulong> WeightsVersionKeyRateLimit { get; private set; } = null!;

    public StorageValue<ulong> TxRateLimit { get; private set; } = null!;

    public StorageValue<ulong> TxDelegateTakeRateLimit { get; private set; } = null!;

    public StorageValue<ushort> MinDelegateTake { get; private set; } = null!;

    public StorageValue<ushort> MaxDelegateTake { get; private set; } = null!;

    public StorageValue<ushort> MinActivityCutoff { get; private set; } = null!;

    public StorageValue<ulong> NetworkImmunityPeriod { get; private set; } = null!;

    public StorageValue<ulong> NominatorMinRequiredStake { get; private set; } = null!;

    public StorageValue<ushort> CommitRevealWeightsVersion { get; private set; } = null!;

    // Per-subnet parameters.
    public StorageMap<ushort, ushort> Rho { get; private set; } = null!;

    public StorageMap<ushort, bool> LiquidAlphaOn { get; private set; } = null!;

    /// <summary>(alpha_low, alpha_high) of liquid alpha, /65535.</summary>
    public StorageMap<ushort, (ushort Low, ushort High)> AlphaValues { get; private set; } = null!;

    /// <summary>Steepness of the liquid-alpha sigmoid (runtime <c>SubtensorInitialAlphaSigmoidSteepness</c> = 1000).</summary>
    public StorageMap<ushort, short> AlphaSigmoidSteepness { get; private set; } = null!;

    public StorageMap<ushort, bool> BondsResetOn { get; private set; } = null!;

    public StorageMap<ushort, ulong> Difficulty { get; private set; } = null!;

    public StorageMap<ushort, ulong> MinDifficulty { get; private set; } = null!;

    public StorageMap<ushort, ulong> MaxDifficulty { get; private set; } = null!;

    public StorageMap<ushort, ushort> TargetRegistrationsPerInterval { get; private set; } = null!;

    public StorageMap<ushort, ushort> MaxRegistrationsPerBlock { get; private set; } = null!;

    public StorageMap<ushort, ushort> AdjustmentInterval { get; private set; } = null!;

    public StorageMap<ushort, ulong> AdjustmentAlpha { get; private set; } = null!;

    public StorageMap<ushort, ushort> MinAllowedUids { get; private set; } = null!;

    public StorageMap<ushort, bool> TransferToggle { get; private set; } = null!;

    public StorageMap<ushort, ulong> RevealPeriodEpochs { get; private set; } = null!;

    public StorageMap<ushort, ushort> ImmuneOwnerUidsLimit { get; private set; } = null!;

    public StorageMap<ushort, ulong> EMAPriceHalvingBlocks { get; private set; } = null!;

    // Rate-limit bookkeeping.
    public StorageMap<RateLimitKey, ulong> LastRateLimitedBlock { get; private set; } = null!;

    /// <summary>(hotkey, netuid, transaction type) → last block.</summary>
    public StorageNMap<ulong> TransactionKeyLastBlock { get; private set; } = null!;

    private void DefineHyperparameterStorage()
    {
        const StorageModifier V = StorageModifier.Default;
        const StorageHasher Id = StorageHasher.Identity;
        const StorageHasher B = StorageHasher.Blake2_128Concat;

        AdminFreezeWindow = DefineValue("AdminFreezeWindow", Codecs.U16, V, DefaultAdminFreezeWindow, " Terminal blocks of a tempo in which admin operations are prohibited.");
        OwnerHyperparamRateLimit = DefineValue("OwnerHyperparamRateLimit", Codecs.U16, V, DefaultOwnerHyperparamRateLimit, " Tempos between owner hyperparameter updates.");
        WeightsVersionKeyRateLimit = DefineValue("WeightsVersionKeyRateLimit", Codecs.U64, V, DefaultWeightsVersionKeyRateLimit, " Tempos between owner weights version key updates.");
        TxRateLimit = DefineValue("TxRateLimit", Codecs.U64, V, DefaultTxRateLimit);
        TxDelegateTakeRateLimit = DefineValue("TxDelegateTakeRateLimit", Codecs.U64, V, DefaultTxDelegateTakeRateLimit);
        MinDelegateTake = DefineValue("MinDelegateTake", Codecs.U16, V, DefaultMinDelegateTake);
        MaxDelegateTake = DefineValue("MaxDelegateTake", Codecs.U16, V, DefaultDelegateTake);
        MinActivityCutoff = DefineValue("MinActivityCutoff", Codecs.U16, V, DefaultMinActivityCutoff);
        NetworkImmunityPeriod = DefineValue("NetworkImmunityPeriod", Codecs.U64, V, DefaultNetworkImmunityPeriod);
        NominatorMinRequiredStake = DefineValue("NominatorMinRequiredStake", Codecs.U64, V, 0UL);
        CommitRevealWeightsVersion = DefineValue("CommitRevealWeightsVersion", Codecs.U16, V, DefaultCommitRevealWeightsVersion);

        Rho = DefineMap("Rho", Id, Codecs.U16, Codecs.U16, V, (ushort)10);
        LiquidAlphaOn = DefineMap("LiquidAlphaOn", B, Codecs.U16, Codecs.Bool, V, false);
        AlphaValues = DefineMap("AlphaValues", Id, Codecs.U16, SubtensorCodecs.U16Pair, V, ((ushort)45_875, (ushort)58_982));
        AlphaSigmoidSteepness = DefineMap("AlphaSigmoidSteepness", Id, Codecs.U16, Codecs.I16, V, DefaultAlphaSigmoidSteepness);
        BondsResetOn = DefineMap("BondsResetOn", Id, Codecs.U16, Codecs.Bool, V, false);
        Difficulty = DefineMap("Difficulty", Id, Codecs.U16, Codecs.U64, V, 10_000_000UL);
        MinDifficulty = DefineMap("MinDifficulty", Id, Codecs.U16, Codecs.U64, V, 10_000_000UL);
        MaxDifficulty = DefineMap("MaxDifficulty", Id, Codecs.U16, Codecs.U64, V, ulong.MaxValue / 4);
        TargetRegistrationsPerInterval = DefineMap("TargetRegistrationsPerInterval", Id, Codecs.U16, Codecs.U16, V, (ushort)2);
        MaxRegistrationsPerBlock = DefineMap("MaxRegistrationsPerBlock", Id, Codecs.U16, Codecs.U16, V, (ushort)1);
        AdjustmentInterval = DefineMap("AdjustmentInterval", Id, Codecs.U16, Codecs.U16, V, (ushort)100);
        AdjustmentAlpha = DefineMap("AdjustmentAlpha", Id, Codecs.U16, Codecs.U64, V, 0UL);
        MinAllowedUids = DefineMap("MinAllowedUids", Id, Codecs.U16, Codecs.U16, V, DefaultMinAllowedUids);
        TransferToggle = DefineMap("TransferToggle", Id, Codecs.U16, Codecs.Bool, V, true);
        RevealPeriodEpochs = DefineMap("RevealPeriodEpochs", StorageHasher.Twox64Concat, Codecs.U16, Codecs.U64, V, 1UL);
        ImmuneOwnerUidsLimit = DefineMap("ImmuneOwnerUidsLimit", Id, Codecs.U16, Codecs.U16, V, DefaultImmuneOwnerUidsLimit);
        EMAPriceHalvingBlocks = DefineMap("EMAPriceHalvingBlocks", Id, Codecs.U16, Codecs.U64, V, DefaultEmaPriceHalvingBlocks);

        LastRateLimitedBlock = DefineMap("LastRateLimitedBlock", Id, RateLimitKey.Codec, Codecs.U64, V, 0UL);
        TransactionKeyLastBlock = DefineNMap("TransactionKeyLastBlock", [new StorageKeyPart(B, KnownTypes.AccountId32), new StorageKeyPart(Id, TypeRef.U16), new StorageKeyPart(Id, TypeRef.U16)], Codecs.U64, V, 0UL);
    }
}
