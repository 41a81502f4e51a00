using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Framework;

/// <summary>The decoded arguments of a call, in parameter order, with typed accessors.</summary>
public sealed class CallArgs
{
    private readonly object?[] _values;

    internal CallArgs(CallDescriptor call, object?[] values)
    {
        Call = call;
        _values = values;
    }

    public CallDescriptor Call { get; }

    public IReadOnlyList<object?> Values => _values;

    public T Get<T>(int index) => (T)_values[index]!;

    public T Get<T>(string name) => (T)_values[IndexOf(name)]!;

    public ulong U64(int index) => Get<ulong>(index);

    public uint U32(int index) => Get<uint>(index);

    public ushort U16(int index) => Get<ushort>(index);

    public byte U8(int index) => Get<byte>(index);

    public bool Bool(int index) => Get<bool>(index);

    public byte[] Bytes(int index) => Get<byte[]>(index);

    public AccountId32 AccountId(int index) => Get<AccountId32>(index);

    public MultiAddress Address(int index) => Get<MultiAddress>(index);

    public RuntimeCall NestedCall(int index) => Get<RuntimeCall>(index);

    private int IndexOf(string name)
    {
        for (int i = 0; i < Call.Parameters.Count; i++)
        {
            if (Call.Parameters[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"{Call} has no parameter '{name}'", nameof(name));
    }
}
