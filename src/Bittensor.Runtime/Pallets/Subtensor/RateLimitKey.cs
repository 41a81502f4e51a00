using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// The key of <c>LastRateLimitedBlock</c>: a variant carrying a netuid, a (netuid, hyperparameter) pair, nothing, or an
/// account, depending on <see cref="Kind"/>. Fields a variant does not carry are default and not encoded.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>lib.rs::RateLimitKey</c>.</remarks>
public readonly record struct RateLimitKey(RateLimitKeyKind Kind, ushort NetUid, Hyperparameter Hyperparameter, AccountId32 Account)
{
    private static readonly TypeRef HyperparameterType = TypeRef.Variant(
        ["pallet_subtensor", "utils", "rate_limiting", "Hyperparameter"],
        [.. Enum.GetValues<Hyperparameter>().Select(h => new VariantDef(h.ToString(), (byte)h, []))]);

    private static readonly FieldDef NetUidField = new(null, TypeRef.U16, "NetUid");

    private static readonly FieldDef AccountField = new(null, KnownTypes.AccountId32, "AccountId");

    /// <summary>The SCALE codec and metadata type of the key.</summary>
    public static ValueCodec<RateLimitKey> Codec { get; } = new(
        TypeRef.Variant(
            ["pallet_subtensor", "RateLimitKey"],
            [
                new VariantDef("SetSNOwnerHotkey", 0, [NetUidField]),
                new VariantDef("OwnerHyperparamUpdate", 1, [NetUidField, new FieldDef(null, HyperparameterType, "Hyperparameter")]),
                new VariantDef("NetworkLastRegistered", 2, []),
                new VariantDef("LastTxBlock", 3, [AccountField]),
                new VariantDef("LastTxBlockChildKeyTake", 4, [AccountField]),
                new VariantDef("LastTxBlockDelegateTake", 5, [AccountField]),
                new VariantDef("AddStakeBurn", 6, [NetUidField]),
            ],
            [new TypeParam("AccountId", KnownTypes.AccountId32)]),
        Encode,
        Decode);

    public static RateLimitKey SetSNOwnerHotkey(ushort netuid) => new(RateLimitKeyKind.SetSNOwnerHotkey, netuid, default, default);

    public static RateLimitKey OwnerHyperparamUpdate(ushort netuid, Hyperparameter parameter) => new(RateLimitKeyKind.OwnerHyperparamUpdate, netuid, parameter, default);

    public static RateLimitKey LastTxBlock(in AccountId32 key) => new(RateLimitKeyKind.LastTxBlock, 0, default, key);

    public static RateLimitKey LastTxBlockChildKeyTake(in AccountId32 hotkey) => new(RateLimitKeyKind.LastTxBlockChildKeyTake, 0, default, hotkey);

    public static RateLimitKey LastTxBlockDelegateTake(in AccountId32 hotkey) => new(RateLimitKeyKind.LastTxBlockDelegateTake, 0, default, hotkey);

    private static void Encode(in RateLimitKey key, ref ScaleWriter writer)
    {
        writer.WriteU8((byte)key.Kind);
        switch (key.Kind)
        {
            case RateLimitKeyKind.SetSNOwnerHotkey:
            case RateLimitKeyKind.AddStakeBurn:
                writer.WriteU16(key.NetUid);
                break;
            case RateLimitKeyKind.OwnerHyperparamUpdate:
                writer.WriteU16(key.NetUid);
                writer.WriteU8((byte)key.Hyperparameter);
                break;
            case RateLimitKeyKind.NetworkLastRegistered:
                break;
            default:
                writer.WriteBytes(key.Account.AsSpan());
                break;
        }
    }

    private static RateLimitKey Decode(ref ScaleReader reader)
    {
        int offset = reader.Position;
        byte kind = reader.ReadU8();
        return kind switch
        {
            0 or 6 => new RateLimitKey((RateLimitKeyKind)kind, reader.ReadU16(), default, default),
            1 => new RateLimitKey(RateLimitKeyKind.OwnerHyperparamUpdate, reader.ReadU16(), ReadHyperparameter(ref reader), default),
            2 => new RateLimitKey(RateLimitKeyKind.NetworkLastRegistered, 0, default, default),
            3 or 4 or 5 => new RateLimitKey((RateLimitKeyKind)kind, 0, default, new AccountId32(reader.ReadBytes(32))),
            _ => throw new FormatException($"unknown RateLimitKey variant {kind} at offset {offset}"),
        };
    }

    private static Hyperparameter ReadHyperparameter(ref ScaleReader reader)
    {
        int offset = reader.Position;
        byte value = reader.ReadU8();
        return Enum.IsDefined((Hyperparameter)value) ? (Hyperparameter)value : throw new FormatException($"unknown Hyperparameter {value} at offset {offset}");
    }
}
