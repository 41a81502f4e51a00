using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// A value of the runtime's outer event enum: <c>pallet_index ++ event_index ++ fields</c>.
/// </summary>
public sealed class RuntimeEvent : IScaleEncodable, IEquatable<RuntimeEvent>
{
    private readonly object?[] _values;

    internal RuntimeEvent(EventDescriptor descriptor, object?[] values)
    {
        Descriptor = descriptor;
        _values = values;
    }

    public EventDescriptor Descriptor { get; }

    public IReadOnlyList<object?> Values => _values;

    /// <summary>The field at <paramref name="index"/> as <typeparamref name="T"/>.</summary>
    public T Get<T>(int index) => (T)_values[index]!;

    /// <summary>The named field as <typeparamref name="T"/>.</summary>
    public T Get<T>(string name)
    {
        for (int i = 0; i < Descriptor.Fields.Count; i++)
        {
            if (Descriptor.Fields[i].Name == name)
            {
                return (T)_values[i]!;
            }
        }

        throw new ArgumentException($"{Descriptor} has no field '{name}'", nameof(name));
    }

    /// <summary>True when this is the event <paramref name="descriptor"/>.</summary>
    public bool Is(EventDescriptor descriptor) => ReferenceEquals(Descriptor, descriptor);

    public void EncodeTo(ref ScaleWriter writer)
    {
        writer.WriteU8(Descriptor.PalletIndex);
        writer.WriteU8(Descriptor.Index);
        for (int i = 0; i < _values.Length; i++)
        {
            ScaleValue.Encode(Descriptor.Fields[i].Type, _values[i], ref writer);
        }
    }

    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        var writer = new ScaleWriter(buffer);
        EncodeTo(ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    public bool Equals(RuntimeEvent? other) => other is not null && Encode().AsSpan().SequenceEqual(other.Encode());

    public override bool Equals(object? obj) => Equals(obj as RuntimeEvent);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Encode());
        return hash.ToHashCode();
    }

    public override string ToString() => $"{Descriptor}({string.Join(", ", _values.Select(v => v is byte[] b ? Core.Primitives.Hex.Encode(b) : v?.ToString() ?? "None"))})";
}
