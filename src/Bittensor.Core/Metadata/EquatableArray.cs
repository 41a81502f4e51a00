using System.Collections;

namespace Bittensor.Core.Metadata;

/// <summary>
/// An immutable list with value equality. Model records expose <see cref="IReadOnlyList{T}"/> properties backed
/// by this type so that the records' synthesized equality compares contents (a registry decoded from its own
/// encoding equals the original) instead of list references.
/// </summary>
internal sealed class EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[] _items;

    public EquatableArray(T[] items) => _items = items;

    public static EquatableArray<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public bool Equals(EquatableArray<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_items.Length != other._items.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as EquatableArray<T>);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_items.Length);
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        foreach (T item in _items)
        {
            hash.Add(item is null ? 0 : comparer.GetHashCode(item));
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

/// <summary>Factory for <see cref="EquatableArray{T}"/>.</summary>
internal static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an immutable, value-equal list (no copy when it already is one).</summary>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return EquatableArray<T>.Empty;
            case EquatableArray<T> ready:
                return ready;
            default:
                T[] copy = [.. items];
                foreach (T item in copy)
                {
                    if (item is null)
                    {
                        throw new ArgumentException("the list holds a null item", nameof(items));
                    }
                }

                return copy.Length == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(copy);
        }
    }

    /// <summary>Wraps an array the caller owns and will not change (decoder output).</summary>
    public static IReadOnlyList<T> Own<T>(T[] items) => items.Length == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(items);
}
