using Bittensor.Core.Primitives;

namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <see cref="AccountId32"/>: the 32 bytes, no prefix.</summary>
public readonly struct AccountId32Codec : IScaleCodec<AccountId32>
{
    public static int MinEncodedSize => AccountId32.Size;

    public static void Encode(in AccountId32 value, ref ScaleWriter writer) => writer.WriteBytes(value.AsSpan());

    public static AccountId32 Decode(ref ScaleReader reader) => new(reader.ReadBytes(AccountId32.Size, "AccountId32"));
}
