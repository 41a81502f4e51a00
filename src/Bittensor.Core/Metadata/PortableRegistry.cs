using System.Collections;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// scale-info's <c>PortableRegistry</c>: every type the metadata mentions, referred to by id. Encoded as
/// <c>Vec&lt;{ id: Compact&lt;u32&gt;, ty: Type }&gt;</c>. Ids are normally 0..n−1 in order (what
/// TypeRegistryBuilder produces) but any distinct ids are accepted. The constructor checks that
/// ids are unique and that every type a type refers to exists, so consumers may resolve ids without checks.
/// </summary>
public sealed class PortableRegistry : IReadOnlyList<PortableType>, IEquatable<PortableRegistry>, IScaleCodec<PortableRegistry>
{
    private readonly PortableType[] _types;

    // Null when ids are exactly 0..n-1 in order, which is every real registry: then an id is its index.
    private readonly Dictionary<uint, PortableType>? _byId;
    private Dictionary<string, PortableType[]>? _byPath;

    public PortableRegistry(IEnumerable<PortableType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = [.. types];
        string? error = Index(_types, out _byId, null);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(types));
        }
    }

    private PortableRegistry(PortableType[] types, Dictionary<uint, PortableType>? byId)
    {
        _types = types;
        _byId = byId;
    }

    public static PortableRegistry Empty { get; } = new([]);

    /// <summary>Number of types.</summary>
    public int Count => _types.Length;

    /// <summary>The types in encoding order.</summary>
    public PortableType this[int index] => _types[index];

    public static int MinEncodedSize => 1;

    /// <summary>The type with id <paramref name="id"/>; an unknown id throws <see cref="KeyNotFoundException"/>.</summary>
    public PortableType Resolve(uint id) =>
        TryResolve(id, out PortableType? type) ? type : throw new KeyNotFoundException($"type id {id} is not in the registry ({Count} types)");

    public bool TryResolve(uint id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PortableType? type)
    {
        if (_byId is null)
        {
            type = id < (uint)_types.Length ? _types[id] : null;
            return type is not null;
        }

        return _byId.TryGetValue(id, out type);
    }

    /// <summary>Every type whose path is <paramref name="path"/> (<c>"frame_system::EventRecord"</c>), in id order; generic types may appear once per instantiation.</summary>
    public IReadOnlyList<PortableType> FindByPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Dictionary<string, PortableType[]> byPath = _byPath ??= BuildPathIndex();
        return byPath.TryGetValue(path, out PortableType[]? found) ? found : [];
    }

    /// <summary>The one type with path <paramref name="path"/>; throws when there is none or more than one.</summary>
    public PortableType SingleByPath(string path)
    {
        IReadOnlyList<PortableType> found = FindByPath(path);
        return found.Count switch
        {
            1 => found[0],
            0 => throw new KeyNotFoundException($"no type with path {path}"),
            _ => throw new InvalidOperationException($"{found.Count} types have path {path} (ids {string.Join(", ", found.Select(t => t.Id))})"),
        };
    }

    public static void Encode(in PortableRegistry value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteLength(value._types.Length);
        foreach (PortableType type in value._types)
        {
            MetadataCodec.WriteType(type, ref writer);
        }
    }

    public static PortableRegistry Decode(ref ScaleReader reader)
    {
        int start = reader.Position;

        // Smallest type: id, empty path, no params, a 2-byte def (primitive), no docs.
        int count = reader.ReadLength(5, "PortableRegistry");
        var types = new List<PortableType>(Math.Min(count, 4096));
        var offsets = new List<int>(Math.Min(count, 4096));
        for (int i = 0; i < count; i++)
        {
            offsets.Add(reader.Position);
            types.Add(MetadataCodec.ReadType(ref reader));
        }

        PortableType[] array = [.. types];
        string? error = Index(array, out Dictionary<uint, PortableType>? byId, offsets);
        if (error is not null)
        {
            throw ScaleReader.Error($"PortableRegistry (starting at offset {start}): {error}", reader.Position);
        }

        return new PortableRegistry(array, byId);
    }

    public bool Equals(PortableRegistry? other) =>
        other is not null && (ReferenceEquals(this, other) || _types.AsSpan().SequenceEqual(other._types));

    public override bool Equals(object? obj) => Equals(obj as PortableRegistry);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (PortableType t in _types)
        {
            hash.Add(t);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<PortableType> GetEnumerator() => ((IEnumerable<PortableType>)_types).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _types.GetEnumerator();

    /// <summary>Checks ids are unique and references resolve; returns the first problem, or null.</summary>
    private static string? Index(PortableType[] types, out Dictionary<uint, PortableType>? byId, List<int>? offsets)
    {
        bool dense = true;
        for (int i = 0; i < types.Length; i++)
        {
            if (types[i] is null)
            {
                byId = null;
                return $"entry {i} is null";
            }

            if (types[i].Id != (uint)i)
            {
                dense = false;
            }
        }

        byId = null;
        if (!dense)
        {
            byId = new Dictionary<uint, PortableType>(types.Length);
            for (int i = 0; i < types.Length; i++)
            {
                if (!byId.TryAdd(types[i].Id, types[i]))
                {
                    return $"type id {types[i].Id} appears twice{At(offsets, i)}";
                }
            }
        }

        Dictionary<uint, PortableType>? map = byId;
        bool Exists(uint id) => map is null ? id < (uint)types.Length : map.ContainsKey(id);
        for (int i = 0; i < types.Length; i++)
        {
            foreach (uint reference in MetadataCodec.References(types[i]))
            {
                if (!Exists(reference))
                {
                    return $"type {types[i].Id}{At(offsets, i)} refers to unknown type id {reference}";
                }
            }
        }

        return null;
    }

    private static string At(List<int>? offsets, int index) => offsets is null ? "" : $" (encoded at offset {offsets[index]})";

    private Dictionary<string, PortableType[]> BuildPathIndex()
    {
        var groups = new Dictionary<string, List<PortableType>>(StringComparer.Ordinal);
        foreach (PortableType t in _types)
        {
            if (t.Path.Count == 0)
            {
                continue;
            }

            string key = t.PathString;
            if (!groups.TryGetValue(key, out List<PortableType>? list))
            {
                groups[key] = list = [];
            }

            list.Add(t);
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
