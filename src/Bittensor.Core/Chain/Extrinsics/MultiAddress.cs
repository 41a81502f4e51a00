using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// <c>sp_runtime::MultiAddress&lt;AccountId32, ()&gt;</c> (multiaddress.rs): 0 Id(AccountId32), 1 Index(Compact&lt;()&gt;, no
/// bytes), 2 Raw(Vec&lt;u8&gt;), 3 Address32([u8; 32]), 4 Address20([u8; 20]). Subtensor's lookup
/// (<c>AccountIdLookup&lt;AccountId, ()&gt;</c>) resolves only <see cref="MultiAddressKind.Id"/>.
/// </summary>
public sealed class MultiAddress : IEquatable<MultiAddress>, IScaleCodec<MultiAddress>
{
    private readonly byte[] _data;

    private MultiAddress(MultiAddressKind kind, byte[] data)
    {
        Kind = kind;
        _data = data;
    }

    public MultiAddressKind Kind { get; }

    /// <summary>The payload: 32 bytes for Id/Address32, 20 for Address20, any for Raw, none for Index.</summary>
    public ReadOnlyMemory<byte> Data => _data;

    public static MultiAddress Id(in AccountId32 account) => new(MultiAddressKind.Id, account.ToArray());

    public static MultiAddress Index() => new(MultiAddressKind.Index, []);

    public static MultiAddress Raw(ReadOnlySpan<byte> bytes) => new(MultiAddressKind.Raw, bytes.ToArray());

    public static MultiAddress Address32(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 32 ? new(MultiAddressKind.Address32, bytes.ToArray()) : throw new ArgumentException("Address32 is 32 bytes", nameof(bytes));

    public static MultiAddress Address20(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 20 ? new(MultiAddressKind.Address20, bytes.ToArray()) : throw new ArgumentException("Address20 is 20 bytes", nameof(bytes));

    /// <summary>The account of an Id address; false for every other kind (which subtensor cannot look up).</summary>
    public bool TryGetAccountId(out AccountId32 account)
    {
        if (Kind == MultiAddressKind.Id)
        {
            account = new AccountId32(_data);
            return true;
        }

        account = default;
        return false;
    }

    public static int MinEncodedSize => 1;

    public static void Encode(in MultiAddress value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteVariantIndex((byte)value.Kind);
        switch (value.Kind)
        {
            case MultiAddressKind.Raw:
                writer.WriteByteVec(value._data);
                break;
            case MultiAddressKind.Index:
                break;
            default:
                writer.WriteBytes(value._data);
                break;
        }
    }

    public static MultiAddress Decode(ref ScaleReader reader)
    {
        byte index = reader.ReadU8();
        return (MultiAddressKind)index switch
        {
            MultiAddressKind.Id => new(MultiAddressKind.Id, reader.ReadBytes(32, "MultiAddress::Id").ToArray()),
            MultiAddressKind.Index => new(MultiAddressKind.Index, []),
            MultiAddressKind.Raw => new(MultiAddressKind.Raw, reader.ReadByteVec()),
            MultiAddressKind.Address32 => new(MultiAddressKind.Address32, reader.ReadBytes(32, "MultiAddress::Address32").ToArray()),
            MultiAddressKind.Address20 => new(MultiAddressKind.Address20, reader.ReadBytes(20, "MultiAddress::Address20").ToArray()),
            _ => throw reader.UnknownVariant("MultiAddress", index),
        };
    }

    public bool Equals(MultiAddress? other) => other is not null && Kind == other.Kind && _data.AsSpan().SequenceEqual(other._data);

    public override bool Equals(object? obj) => Equals(obj as MultiAddress);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.AddBytes(_data);
        return hash.ToHashCode();
    }

    public override string ToString() => Kind == MultiAddressKind.Id ? $"Id({new AccountId32(_data)})" : $"{Kind}({Hex.Encode(_data)})";
}
