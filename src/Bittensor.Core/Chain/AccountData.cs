using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>
/// <c>pallet_balances::AccountData&lt;Balance&gt;</c> with subtensor's u64 balance: free, reserved, frozen (u64 each)
/// and the u128 <c>ExtraFlags</c>. 40 bytes.
/// </summary>
public readonly record struct AccountData(Balance Free, Balance Reserved, Balance Frozen, UInt128 Flags) : IScaleCodec<AccountData>
{
    public const int EncodedSize = 40;

    /// <summary><c>ExtraFlags</c> top bit: the account uses the new (holds/freezes) balance logic.</summary>
    public static readonly UInt128 NewLogicFlag = UInt128.One << 127;

    public bool IsNewLogic => (Flags & NewLogicFlag) != 0;

    public static int MinEncodedSize => EncodedSize;

    public static void Encode(in AccountData value, ref ScaleWriter writer)
    {
        writer.WriteU64(value.Free.Rao);
        writer.WriteU64(value.Reserved.Rao);
        writer.WriteU64(value.Frozen.Rao);
        writer.WriteU128(value.Flags);
    }

    public static AccountData Decode(ref ScaleReader reader)
    {
        var free = new Balance(reader.ReadU64());
        var reserved = new Balance(reader.ReadU64());
        var frozen = new Balance(reader.ReadU64());
        return new AccountData(free, reserved, frozen, reader.ReadU128());
    }
}
