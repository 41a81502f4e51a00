using System.Text;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>
/// <c>SubnetInfoRuntimeApi.get_selective_mechagraph</c> / <c>get_selective_metagraph</c> / <c>get_metagraph</c>
/// (subtensor rpc_info/metagraph.rs Metagraph and SelectiveMetagraph; bittensor chain_data/metagraph_info.py). The
/// selective calls answer only the requested fields, so every field is nullable: null means not selected or absent
/// in this runtime. Values are raw chain units (rao, u16/u64 fixed fractions, I96F32 bits); the metagraph converts
/// them as upstream's <c>MetagraphInfo._from_dict</c> does.
/// </summary>
public sealed record MetagraphInfo
{
    /// <summary>Upstream's GLOBAL_MAX_SUBNET_COUNT: the chain reports netuid + mechid × 4096 as "netuid".</summary>
    public const int MaxSubnetCount = 4096;

    public required ushort Netuid { get; init; }

    public byte Mechid { get; init; }

    public string? Name { get; init; }

    public string? Symbol { get; init; }

    /// <summary>The subnet identity's fields (subnet_name, github_repo, …) as text; null when none is set.</summary>
    public IReadOnlyDictionary<string, string>? Identity { get; init; }

    public ulong? NetworkRegisteredAt { get; init; }

    public AccountId32? OwnerHotkey { get; init; }

    public AccountId32? OwnerColdkey { get; init; }

    public ulong? Block { get; init; }

    public ulong? Tempo { get; init; }

    public ulong? LastStep { get; init; }

    public ulong? BlocksSinceLastStep { get; init; }

    public ulong? SubnetEmission { get; init; }

    public ulong? AlphaIn { get; init; }

    public ulong? AlphaOut { get; init; }

    public ulong? TaoIn { get; init; }

    public ulong? AlphaOutEmission { get; init; }

    public ulong? AlphaInEmission { get; init; }

    public ulong? TaoInEmission { get; init; }

    public ulong? PendingAlphaEmission { get; init; }

    public ulong? PendingRootEmission { get; init; }

    public ulong? SubnetVolume { get; init; }

    /// <summary>The moving price as I96F32 bits (value = bits / 2^32).</summary>
    public Int128? MovingPriceBits { get; init; }

    public ulong? Rho { get; init; }

    public ulong? Kappa { get; init; }

    public ulong? MinAllowedWeights { get; init; }

    public ulong? MaxWeightsLimit { get; init; }

    public ulong? WeightsVersion { get; init; }

    public ulong? WeightsRateLimit { get; init; }

    public ulong? ActivityCutoff { get; init; }

    public ulong? MaxValidators { get; init; }

    public ulong? NumUids { get; init; }

    public ulong? MaxUids { get; init; }

    public ulong? Burn { get; init; }

    public ulong? Difficulty { get; init; }

    public bool? RegistrationAllowed { get; init; }

    public bool? PowRegistrationAllowed { get; init; }

    public ulong? ImmunityPeriod { get; init; }

    public ulong? MinDifficulty { get; init; }

    public ulong? MaxDifficulty { get; init; }

    public ulong? MinBurn { get; init; }

    public ulong? MaxBurn { get; init; }

    public ulong? AdjustmentAlpha { get; init; }

    public ulong? AdjustmentInterval { get; init; }

    public ulong? TargetRegsPerInterval { get; init; }

    public ulong? MaxRegsPerBlock { get; init; }

    public ulong? ServingRateLimit { get; init; }

    public bool? CommitRevealWeightsEnabled { get; init; }

    public ulong? CommitRevealPeriod { get; init; }

    public bool? LiquidAlphaEnabled { get; init; }

    public ulong? AlphaHigh { get; init; }

    public ulong? AlphaLow { get; init; }

    public ulong? BondsMovingAvg { get; init; }

    public IReadOnlyList<AccountId32>? Hotkeys { get; init; }

    public IReadOnlyList<AccountId32>? Coldkeys { get; init; }

    /// <summary>Per uid, the coldkey's on-chain identity fields as text, or null.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>?>? Identities { get; init; }

    public IReadOnlyList<ChainAxonInfo>? Axons { get; init; }

    public IReadOnlyList<bool>? Active { get; init; }

    public IReadOnlyList<bool>? ValidatorPermit { get; init; }

    public IReadOnlyList<ushort>? PruningScore { get; init; }

    public IReadOnlyList<ulong>? LastUpdate { get; init; }

    public IReadOnlyList<ulong>? Emission { get; init; }

    public IReadOnlyList<ushort>? Dividends { get; init; }

    public IReadOnlyList<ushort>? Incentives { get; init; }

    public IReadOnlyList<ushort>? Consensus { get; init; }

    public IReadOnlyList<ushort>? Trust { get; init; }

    public IReadOnlyList<ushort>? Rank { get; init; }

    public IReadOnlyList<ulong>? BlockAtRegistration { get; init; }

    public IReadOnlyList<ulong>? AlphaStake { get; init; }

    public IReadOnlyList<ulong>? TaoStake { get; init; }

    public IReadOnlyList<ulong>? TotalStake { get; init; }

    /// <summary>(hotkey, rao) root dividends.</summary>
    public IReadOnlyList<(AccountId32 Hotkey, ulong Amount)>? TaoDividendsPerHotkey { get; init; }

    /// <summary>(hotkey, alpha rao) subnet dividends.</summary>
    public IReadOnlyList<(AccountId32 Hotkey, ulong Amount)>? AlphaDividendsPerHotkey { get; init; }

    /// <summary>Uids of the subnet's validators.</summary>
    public IReadOnlyList<ushort>? Validators { get; init; }

    /// <summary>(hotkey, raw commitment bytes) pairs.</summary>
    public IReadOnlyList<(AccountId32 Hotkey, byte[] Data)>? Commitments { get; init; }

    /// <summary>The moving price as a number (I96F32: bits / 2^32).</summary>
    public double? MovingPrice => MovingPriceBits is Int128 bits ? (double)bits / 4294967296.0 : null;

    /// <summary>Reads either the plain <c>Metagraph</c> struct or the all-Option <c>SelectiveMetagraph</c>.</summary>
    public static MetagraphInfo FromScale(ScaleValue value)
    {
        ulong index = ScaleFields.Get(value, "netuid") is var n && ScaleFields.Unwrap(n) is ScaleValue some
            ? some.ToUInt64()
            : throw new FormatException("metagraph info has no netuid (the runtime always answers field 0)");

        ulong? U64(string name) => ScaleFields.Optional(value, name)?.ToUInt64();
        bool? Bool(string name) => ScaleFields.Optional(value, name)?.ToBoolean();
        T[]? Col<T>(string name, Func<ScaleValue, T> read) => ScaleFields.Optional(value, name) is ScaleValue v ? ScaleFields.Column(v, read) : null;
        static ushort U16(ScaleValue v) => ScaleFields.ToU16(v, "metagraph u16 column");
        static ulong Long(ScaleValue v) => v.ToUInt64();
        static bool Flag(ScaleValue v) => v.ToBoolean();
        static (AccountId32, ulong) Dividend(ScaleValue v) => (ScaleFields.Account(v[0]), v[1].ToUInt64());

        return new MetagraphInfo
        {
            Netuid = checked((ushort)(index % MaxSubnetCount)),
            Mechid = checked((byte)(index / MaxSubnetCount)),
            Name = ScaleFields.Optional(value, "name") is ScaleValue name ? Text(name) : null,
            Symbol = ScaleFields.Optional(value, "symbol") is ScaleValue symbol ? Text(symbol) : null,
            Identity = ScaleFields.Optional(value, "identity") is ScaleValue identity ? IdentityFields(identity) : null,
            NetworkRegisteredAt = U64("network_registered_at"),
            OwnerHotkey = ScaleFields.Optional(value, "owner_hotkey") is ScaleValue oh ? ScaleFields.Account(oh) : null,
            OwnerColdkey = ScaleFields.Optional(value, "owner_coldkey") is ScaleValue oc ? ScaleFields.Account(oc) : null,
            Block = U64("block"),
            Tempo = U64("tempo"),
            LastStep = U64("last_step"),
            BlocksSinceLastStep = U64("blocks_since_last_step"),
            SubnetEmission = U64("subnet_emission"),
            AlphaIn = U64("alpha_in"),
            AlphaOut = U64("alpha_out"),
            TaoIn = U64("tao_in"),
            AlphaOutEmission = U64("alpha_out_emission"),
            AlphaInEmission = U64("alpha_in_emission"),
            TaoInEmission = U64("tao_in_emission"),
            PendingAlphaEmission = U64("pending_alpha_emission"),
            PendingRootEmission = U64("pending_root_emission"),
            SubnetVolume = U64("subnet_volume"),
            MovingPriceBits = ScaleFields.Optional(value, "moving_price") is ScaleValue price ? ScaleFields.Get(price, "bits").ToInt128() : null,
            Rho = U64("rho"),
            Kappa = U64("kappa"),
            MinAllowedWeights = U64("min_allowed_weights"),
            MaxWeightsLimit = U64("max_weights_limit"),
            WeightsVersion = U64("weights_version"),
            WeightsRateLimit = U64("weights_rate_limit"),
            ActivityCutoff = U64("activity_cutoff"),
            MaxValidators = U64("max_validators"),
            NumUids = U64("num_uids"),
            MaxUids = U64("max_uids"),
            Burn = U64("burn"),
            Difficulty = U64("difficulty"),
            RegistrationAllowed = Bool("registration_allowed"),
            PowRegistrationAllowed = Bool("pow_registration_allowed"),
            ImmunityPeriod = U64("immunity_period"),
            MinDifficulty = U64("min_difficulty"),
            MaxDifficulty = U64("max_difficulty"),
            MinBurn = U64("min_burn"),
            MaxBurn = U64("max_burn"),
            AdjustmentAlpha = U64("adjustment_alpha"),
            AdjustmentInterval = U64("adjustment_interval"),
            TargetRegsPerInterval = U64("target_regs_per_interval"),
            MaxRegsPerBlock = U64("max_regs_per_block"),
            ServingRateLimit = U64("serving_rate_limit"),
            CommitRevealWeightsEnabled = Bool("commit_reveal_weights_enabled"),
            CommitRevealPeriod = U64("commit_reveal_period"),
            LiquidAlphaEnabled = Bool("liquid_alpha_enabled"),
            AlphaHigh = U64("alpha_high"),
            AlphaLow = U64("alpha_low"),
            BondsMovingAvg = U64("bonds_moving_avg"),
            Hotkeys = Col("hotkeys", ScaleFields.Account),
            Coldkeys = Col("coldkeys", ScaleFields.Account),
            Identities = Col("identities", v => ScaleFields.Unwrap(v) is ScaleValue id ? IdentityFields(id) : null),
            Axons = Col("axons", ChainAxonInfo.FromScale),
            Active = Col("active", Flag),
            ValidatorPermit = Col("validator_permit", Flag),
            PruningScore = Col("pruning_score", U16),
            LastUpdate = Col("last_update", Long),
            Emission = Col("emission", Long),
            Dividends = Col("dividends", U16),
            Incentives = Col("incentives", U16),
            Consensus = Col("consensus", U16),
            Trust = Col("trust", U16),
            Rank = Col("rank", U16),
            BlockAtRegistration = Col("block_at_registration", Long),
            AlphaStake = Col("alpha_stake", Long),
            TaoStake = Col("tao_stake", Long),
            TotalStake = Col("total_stake", Long),
            TaoDividendsPerHotkey = Col("tao_dividends_per_hotkey", Dividend),
            AlphaDividendsPerHotkey = Col("alpha_dividends_per_hotkey", Dividend),
            Validators = Col("validators", U16),
            Commitments = Col("commitments", c => (ScaleFields.Account(c[0]), Bytes(c[1]))),
        };
    }

    // Name and symbol are Vec<Compact<u8>> on chain, so they decode as a sequence of numbers, not a byte string.
    private static byte[] Bytes(ScaleValue value) => value is BytesValue b
        ? b.ToBytes()
        : [.. ScaleFields.Items(value).Select(i => i.ToUInt64() <= byte.MaxValue ? (byte)i.ToUInt64() : throw new FormatException($"byte string item {i.ToUInt64()} exceeds 255"))];

    private static string Text(ScaleValue value) => Encoding.UTF8.GetString(Bytes(value));

    // Upstream turns each identity field's bytes into text (metagraph_info.py process_nested); we decode UTF-8,
    // which equals upstream for ASCII and keeps non-ASCII names readable.
    private static Dictionary<string, string>? IdentityFields(ScaleValue identity)
    {
        if (ScaleFields.Unwrap(identity) is not CompositeValue fields)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ScaleField field in fields.Fields)
        {
            result[field.Name ?? result.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Text(field.Value);
        }

        return result;
    }
}
