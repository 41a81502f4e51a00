using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>A header's digest, <c>sp_runtime::generic::Digest { logs: Vec&lt;DigestItem&gt; }</c>; encoded as the bare Vec.</summary>
public sealed class Digest : IEquatable<Digest>, IScaleCodec<Digest>
{
    private readonly DigestItem[] _logs;

    public Digest(IEnumerable<DigestItem> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        _logs = [.. logs];
        foreach (DigestItem item in _logs)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(logs));
        }
    }

    private Digest(DigestItem[] logs) => _logs = logs;

    public static Digest Empty { get; } = new([]);

    public IReadOnlyList<DigestItem> Logs => _logs;

    /// <summary>The first log of <paramref name="kind"/> from <paramref name="engine"/>, or null (Rust's <c>Digest::log</c> with a kind/engine predicate).</summary>
    public DigestItem? Find(DigestItemKind kind, ConsensusEngineId engine)
    {
        foreach (DigestItem item in _logs)
        {
            if (item.Kind == kind && item.Engine == engine)
            {
                return item;
            }
        }

        return null;
    }

    public static int MinEncodedSize => 1;

    public static void Encode(in Digest value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteVec<DigestItem, DigestItem>(value._logs);
    }

    public static Digest Decode(ref ScaleReader reader) => new(reader.ReadVec<DigestItem, DigestItem>());

    public bool Equals(Digest? other)
    {
        if (other is null || other._logs.Length != _logs.Length)
        {
            return false;
        }

        for (int i = 0; i < _logs.Length; i++)
        {
            if (!_logs[i].Equals(other._logs[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Digest);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (DigestItem item in _logs)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", (IEnumerable<DigestItem>)_logs)}]";
}
