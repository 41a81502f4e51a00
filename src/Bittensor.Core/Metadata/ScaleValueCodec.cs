using System.Buffers;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// Decodes SCALE bytes into <see cref="ScaleValue"/> trees and encodes them back, driven by a
/// <see cref="PortableRegistry"/>: storage values, events (<c>Vec&lt;frame_system::EventRecord&gt;</c>), runtime
/// API results and call arguments without hand-written types. Decoding is as hardened as
/// <see cref="ScaleReader"/> (bounded lengths, nesting limit, <see cref="FormatException"/> with offsets);
/// encoding a value that does not fit its type throws <see cref="ArgumentException"/> naming where in the value.
/// Instances are thread-safe and cache per-type facts, so keep one per registry.
/// </summary>
public sealed partial class ScaleValueCodec
{
    private const int Unknown = -1;
    private const int InProgress = -2;

    private readonly PortableRegistry _types;

    // Per registry position: a lower bound on the encoded size (to check Vec lengths before looping).
    private readonly int[] _minSize;

    // Per registry position: the variants of an enum type by wire index, built on first use.
    private readonly Variant?[]?[] _variantsByIndex;

    // Null when ids are 0..n-1 in order (then an id is its position).
    private readonly Dictionary<uint, int>? _slotById;

    public ScaleValueCodec(PortableRegistry types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = types;
        _minSize = new int[types.Count];
        Array.Fill(_minSize, Unknown);
        _variantsByIndex = new Variant?[]?[types.Count];
        for (int i = 0; i < types.Count; i++)
        {
            if (types[i].Id != (uint)i)
            {
                _slotById = [];
                for (int j = 0; j < types.Count; j++)
                {
                    _slotById[types[j].Id] = j;
                }

                break;
            }
        }
    }

    public PortableRegistry Types => _types;

    /// <summary>Decodes a value of type <paramref name="typeId"/> that must span all of <paramref name="data"/>.</summary>
    public ScaleValue Decode(uint typeId, ReadOnlySpan<byte> data)
    {
        var reader = new ScaleReader(data);
        ScaleValue value = Decode(typeId, ref reader);
        reader.EnsureConsumed();
        return value;
    }

    /// <summary>Decodes one value of type <paramref name="typeId"/> from <paramref name="reader"/>.</summary>
    public ScaleValue Decode(uint typeId, ref ScaleReader reader) => DecodeType(Root(typeId), ref reader);

    /// <summary>The SCALE encoding of <paramref name="value"/> as type <paramref name="typeId"/>.</summary>
    public byte[] Encode(uint typeId, ScaleValue value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        var writer = new ScaleWriter(buffer);
        Encode(typeId, value, ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the encoding of <paramref name="value"/> as type <paramref name="typeId"/>.</summary>
    public void Encode(uint typeId, ScaleValue value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        EncodeType(Root(typeId), value, ref writer, 0);
    }

    /// <summary>A lower bound on the encoded size of type <paramref name="typeId"/> (0 for zero-size types such as <c>()</c>).</summary>
    public int MinEncodedSize(uint typeId) => MinSize(Root(typeId));

    private PortableType Root(uint typeId) =>
        _types.TryResolve(typeId, out PortableType? type) ? type : throw new ArgumentOutOfRangeException(nameof(typeId), typeId, $"type id is not in the registry ({_types.Count} types)");

    // The registry checked every reference when it was built, so nested ids always resolve.
    private PortableType Resolve(uint typeId) => _types.Resolve(typeId);

    private int Slot(PortableType type) => _slotById is null ? (int)type.Id : _slotById[type.Id];

    private int MinSize(PortableType type)
    {
        int slot = Slot(type);
        int cached = _minSize[slot];
        if (cached >= 0)
        {
            return cached;
        }

        if (cached == InProgress)
        {
            // A recursive type: 0 is a valid lower bound for the inner occurrence.
            return 0;
        }

        _minSize[slot] = InProgress;
        int size = ComputeMinSize(type);
        _minSize[slot] = size;
        return size;
    }

    private int ComputeMinSize(PortableType type)
    {
        switch (type.Definition)
        {
            case CompositeDefinition c:
                return SumFields(c.Fields);
            case VariantDefinition v:
                if (v.Variants.Count == 0)
                {
                    return 1;
                }

                int min = int.MaxValue;
                foreach (Variant variant in v.Variants)
                {
                    min = Math.Min(min, SumFields(variant.Fields));
                }

                return Saturate(1L + min);
            case SequenceDefinition or CompactDefinition or BitSequenceDefinition:
                return 1;
            case ArrayDefinition a:
                return Saturate((long)a.Length * MinSize(Resolve(a.ElementType)));
            case TupleDefinition t:
                long sum = 0;
                foreach (uint e in t.Elements)
                {
                    sum += MinSize(Resolve(e));
                    if (sum >= int.MaxValue)
                    {
                        return int.MaxValue;
                    }
                }

                return (int)sum;
            case PrimitiveDefinition p:
                return PrimitiveSize(p.Primitive);
            default:
                return 0;
        }
    }

    private int SumFields(IReadOnlyList<Field> fields)
    {
        long sum = 0;
        foreach (Field f in fields)
        {
            sum += MinSize(Resolve(f.Type));
            if (sum >= int.MaxValue)
            {
                return int.MaxValue;
            }
        }

        return (int)sum;
    }

    private static int Saturate(long value) => value >= int.MaxValue ? int.MaxValue : (int)value;

    /// <summary>Encoded size of a fixed-width primitive; 1 (the shortest length prefix) for str.</summary>
    internal static int PrimitiveSize(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool or PrimitiveKind.U8 or PrimitiveKind.I8 or PrimitiveKind.Str => 1,
        PrimitiveKind.U16 or PrimitiveKind.I16 => 2,
        PrimitiveKind.Char or PrimitiveKind.U32 or PrimitiveKind.I32 => 4,
        PrimitiveKind.U64 or PrimitiveKind.I64 => 8,
        PrimitiveKind.U128 or PrimitiveKind.I128 => 16,
        PrimitiveKind.U256 or PrimitiveKind.I256 => 32,
        _ => 1,
    };

    private static bool IsU8(PortableType type) => type.Definition is PrimitiveDefinition { Primitive: PrimitiveKind.U8 };

    /// <summary>How a type is named in errors: its path, or its shape.</summary>
    private static string Describe(PortableType type) => type.Path.Count > 0
        ? $"{type.PathString} (type {type.Id})"
        : type.Definition switch
        {
            PrimitiveDefinition p => $"{p.Primitive.ToString().ToLowerInvariant()} (type {type.Id})",
            _ => $"{type.Definition.Kind} (type {type.Id})",
        };
}
