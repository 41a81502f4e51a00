using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>SCALE codecs for SubtensorModule's storage values (vectors, weight rows, <see cref="AxonInfo"/>).</summary>
public static class SubtensorCodecs
{
    private static readonly TypeRef PairType = TypeRef.Tuple(TypeRef.U16, TypeRef.U16);

    public static ValueCodec<ushort[]> VecU16 { get; } = new(TypeRef.Vec(TypeRef.U16), EncodeU16s, DecodeU16s);

    public static ValueCodec<ulong[]> VecU64 { get; } = new(TypeRef.Vec(TypeRef.U64), EncodeU64s, DecodeU64s);

    public static ValueCodec<bool[]> VecBool { get; } = new(TypeRef.Vec(TypeRef.Bool), EncodeBools, DecodeBools);

    /// <summary><c>Vec&lt;(u16, u16)&gt;</c>: a sparse weight or bond row.</summary>
    public static ValueCodec<(ushort Uid, ushort Value)[]> Row { get; } = new(TypeRef.Vec(PairType), EncodeRow, DecodeRow);

    /// <summary><c>(u16, u16)</c>, e.g. <c>AlphaValues</c>.</summary>
    public static ValueCodec<(ushort Low, ushort High)> U16Pair { get; } = new(
        PairType,
        static (in (ushort Low, ushort High) v, ref ScaleWriter w) =>
        {
            w.WriteU16(v.Low);
            w.WriteU16(v.High);
        },
        static (ref ScaleReader r) => (r.ReadU16(), r.ReadU16()));

    public static ValueCodec<Core.Primitives.AccountId32[]> VecAccountId { get; } = new(TypeRef.Vec(KnownTypes.AccountId32), EncodeAccounts, DecodeAccounts);

    public static ValueCodec<AxonInfo> Axon { get; } = new(
        TypeRef.Composite(["pallet_subtensor", "pallet", "AxonInfo"], [new FieldDef("block", TypeRef.U64, "u64"), new FieldDef("version", TypeRef.U32, "u32"), new FieldDef("ip", TypeRef.U128, "u128"), new FieldDef("port", TypeRef.U16, "u16"), new FieldDef("ip_type", TypeRef.U8, "u8"), new FieldDef("protocol", TypeRef.U8, "u8"), new FieldDef("placeholder1", TypeRef.U8, "u8"), new FieldDef("placeholder2", TypeRef.U8, "u8")]),
        EncodeAxon,
        DecodeAxon);

    public static ValueCodec<PrometheusInfo> Prometheus { get; } = new(
        TypeRef.Composite(["pallet_subtensor", "pallet", "PrometheusInfo"], [new FieldDef("block", TypeRef.U64, "u64"), new FieldDef("version", TypeRef.U32, "u32"), new FieldDef("ip", TypeRef.U128, "u128"), new FieldDef("port", TypeRef.U16, "u16"), new FieldDef("ip_type", TypeRef.U8, "u8")]),
        static (in PrometheusInfo v, ref ScaleWriter w) =>
        {
            w.WriteU64(v.Block);
            w.WriteU32(v.Version);
            w.WriteU128(v.Ip);
            w.WriteU16(v.Port);
            w.WriteU8(v.IpType);
        },
        static (ref ScaleReader r) => new PrometheusInfo(r.ReadU64(), r.ReadU32(), r.ReadU128(), r.ReadU16(), r.ReadU8()));

    /// <summary><c>VecDeque&lt;(H256, u64, u64, u64)&gt;</c>: pending weight commits of a hotkey.</summary>
    public static ValueCodec<WeightCommit[]> Commits { get; } = new(
        TypeRef.Vec(TypeRef.Tuple(KnownTypes.H256, TypeRef.U64, TypeRef.U64, TypeRef.U64)),
        EncodeCommits,
        DecodeCommits);

    private static void EncodeCommits(in WeightCommit[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach (WeightCommit c in value)
        {
            writer.WriteBytes(c.Hash.AsSpan());
            writer.WriteU64(c.Epoch);
            writer.WriteU64(c.Block);
            writer.WriteU64(c.RevealBlock);
        }
    }

    private static WeightCommit[] DecodeCommits(ref ScaleReader reader)
    {
        var result = new WeightCommit[ReadLength(ref reader, 56)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new WeightCommit(new Core.Primitives.H256(reader.ReadBytes(32)), reader.ReadU64(), reader.ReadU64(), reader.ReadU64());
        }

        return result;
    }

    private static int ReadLength(ref ScaleReader reader, int elementSize)
    {
        ulong length = reader.ReadCompactU32();
        if (length > (ulong)reader.Remaining / (ulong)elementSize)
        {
            throw new FormatException($"vector length {length} exceeds the remaining input at offset {reader.Position}");
        }

        return (int)length;
    }

    private static void EncodeU16s(in ushort[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach (ushort v in value)
        {
            writer.WriteU16(v);
        }
    }

    private static ushort[] DecodeU16s(ref ScaleReader reader)
    {
        var result = new ushort[ReadLength(ref reader, 2)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = reader.ReadU16();
        }

        return result;
    }

    private static void EncodeU64s(in ulong[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach (ulong v in value)
        {
            writer.WriteU64(v);
        }
    }

    private static ulong[] DecodeU64s(ref ScaleReader reader)
    {
        var result = new ulong[ReadLength(ref reader, 8)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = reader.ReadU64();
        }

        return result;
    }

    private static void EncodeBools(in bool[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach (bool v in value)
        {
            writer.WriteBool(v);
        }
    }

    private static bool[] DecodeBools(ref ScaleReader reader)
    {
        var result = new bool[ReadLength(ref reader, 1)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = reader.ReadBool();
        }

        return result;
    }

    private static void EncodeRow(in (ushort Uid, ushort Value)[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach ((ushort uid, ushort v) in value)
        {
            writer.WriteU16(uid);
            writer.WriteU16(v);
        }
    }

    private static (ushort Uid, ushort Value)[] DecodeRow(ref ScaleReader reader)
    {
        var result = new (ushort, ushort)[ReadLength(ref reader, 4)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (reader.ReadU16(), reader.ReadU16());
        }

        return result;
    }

    private static void EncodeAccounts(in Core.Primitives.AccountId32[] value, ref ScaleWriter writer)
    {
        writer.WriteCompact((ulong)value.Length);
        foreach (Core.Primitives.AccountId32 v in value)
        {
            writer.WriteBytes(v.AsSpan());
        }
    }

    private static Core.Primitives.AccountId32[] DecodeAccounts(ref ScaleReader reader)
    {
        var result = new Core.Primitives.AccountId32[ReadLength(ref reader, 32)];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new Core.Primitives.AccountId32(reader.ReadBytes(32));
        }

        return result;
    }

    private static void EncodeAxon(in AxonInfo value, ref ScaleWriter writer)
    {
        writer.WriteU64(value.Block);
        writer.WriteU32(value.Version);
        writer.WriteU128(value.Ip);
        writer.WriteU16(value.Port);
        writer.WriteU8(value.IpType);
        writer.WriteU8(value.Protocol);
        writer.WriteU8(value.Placeholder1);
        writer.WriteU8(value.Placeholder2);
    }

    private static AxonInfo DecodeAxon(ref ScaleReader reader) =>
        new(reader.ReadU64(), reader.ReadU32(), reader.ReadU128(), reader.ReadU16(), reader.ReadU8(), reader.ReadU8(), reader.ReadU8(), reader.ReadU8());
}
