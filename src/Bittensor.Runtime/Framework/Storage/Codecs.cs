using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>Ready-made <see cref="ValueCodec{T}"/>s for storage declarations.</summary>
public static class Codecs
{
    public static ValueCodec<bool> Bool { get; } = ValueCodec<bool>.Of<BoolCodec>(TypeRef.Bool);

    public static ValueCodec<byte> U8 { get; } = ValueCodec<byte>.Of<U8Codec>(TypeRef.U8);

    public static ValueCodec<ushort> U16 { get; } = ValueCodec<ushort>.Of<U16Codec>(TypeRef.U16);

    public static ValueCodec<short> I16 { get; } = ValueCodec<short>.Of<I16Codec>(TypeRef.I16);

    public static ValueCodec<uint> U32 { get; } = ValueCodec<uint>.Of<U32Codec>(TypeRef.U32);

    public static ValueCodec<ulong> U64 { get; } = ValueCodec<ulong>.Of<U64Codec>(TypeRef.U64);

    public static ValueCodec<UInt128> U128 { get; } = ValueCodec<UInt128>.Of<U128Codec>(TypeRef.U128);

    public static ValueCodec<byte[]> Bytes { get; } = ValueCodec<byte[]>.Of<BytesCodec>(TypeRef.Bytes);

    public static ValueCodec<AccountId32> AccountId32 { get; } = ValueCodec<AccountId32>.Of<AccountId32Codec>(KnownTypes.AccountId32);

    public static ValueCodec<H256> H256 { get; } = ValueCodec<H256>.Of<H256Codec>(KnownTypes.H256);

    public static ValueCodec<AccountInfo> AccountInfo { get; } = ValueCodec<AccountInfo>.Of<AccountInfo>(KnownTypes.AccountInfo);

    public static ValueCodec<Weight> Weight { get; } = ValueCodec<Weight>.Of<Weight>(KnownTypes.Weight);

    public static ValueCodec<Digest> Digest { get; } = ValueCodec<Digest>.Of<Digest>(KnownTypes.Digest);

    public static ValueCodec<Phase> Phase { get; } = ValueCodec<Phase>.Of<Phase>(KnownTypes.Phase);
}
