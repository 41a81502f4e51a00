using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>
/// <c>frame_system::AccountInfo&lt;Nonce, AccountData&gt;</c>, the value of <c>System.Account</c>: u32 nonce,
/// consumers, providers, sufficients, then <see cref="AccountData"/>. 56 bytes on subtensor.
/// </summary>
public readonly record struct AccountInfo(uint Nonce, uint Consumers, uint Providers, uint Sufficients, AccountData Data) : IScaleCodec<AccountInfo>
{
    public const int EncodedSize = 16 + AccountData.EncodedSize;

    public static int MinEncodedSize => EncodedSize;

    public static void Encode(in AccountInfo value, ref ScaleWriter writer)
    {
        writer.WriteU32(value.Nonce);
        writer.WriteU32(value.Consumers);
        writer.WriteU32(value.Providers);
        writer.WriteU32(value.Sufficients);
        AccountData data = value.Data;
        writer.Write(in data);
    }

    public static AccountInfo Decode(ref ScaleReader reader)
    {
        uint nonce = reader.ReadU32();
        uint consumers = reader.ReadU32();
        uint providers = reader.ReadU32();
        uint sufficients = reader.ReadU32();
        return new AccountInfo(nonce, consumers, providers, sufficients, reader.Read<AccountData>());
    }
}
