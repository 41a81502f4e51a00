using Bittensor.Core.Hashing;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// What metadata needs about a storage item: pallet prefix, item name, modifier, key hashers and key types (empty for a
/// plain value), value type, default bytes (the encoded default for ValueQuery, <c>0x00</c> for OptionQuery) and docs.
/// </summary>
public abstract class StorageEntry
{
    private protected StorageEntry(string pallet, string name, StorageModifier modifier, TypeRef valueType, IReadOnlyList<StorageHasher> hashers, IReadOnlyList<TypeRef> keyTypes, byte[] defaultBytes, IReadOnlyList<string> docs)
    {
        Pallet = pallet ?? throw new ArgumentNullException(nameof(pallet));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Modifier = modifier;
        ValueType = valueType;
        Hashers = hashers;
        KeyTypes = keyTypes;
        DefaultBytes = defaultBytes;
        Docs = docs;
        Prefix = StorageKey.Prefix(pallet, name);
    }

    /// <summary>The pallet's storage prefix (its name in construct_runtime).</summary>
    public string Pallet { get; }

    public string Name { get; }

    public StorageModifier Modifier { get; }

    public TypeRef ValueType { get; }

    /// <summary>One hasher per key; empty for a plain value.</summary>
    public IReadOnlyList<StorageHasher> Hashers { get; }

    /// <summary>One type per key; metadata shows a single key type, or a tuple of them for double and N maps.</summary>
    public IReadOnlyList<TypeRef> KeyTypes { get; }

    /// <summary>The metadata default: the encoded default value, or 0x00 for an OptionQuery item.</summary>
    public byte[] DefaultBytes { get; }

    public IReadOnlyList<string> Docs { get; }

    /// <summary><c>twox128(pallet) ++ twox128(name)</c>.</summary>
    public byte[] Prefix { get; }

    public bool IsMap => Hashers.Count > 0;

    public override string ToString() => $"{Pallet}.{Name}";

    /// <summary>Appends <c>hasher(encoded)</c> to <paramref name="destination"/>.</summary>
    private protected static void AppendHashed(List<byte> destination, StorageHasher hasher, byte[] encoded) =>
        destination.AddRange(StorageKey.Hash(hasher, encoded));

    /// <summary>Length of a hashed key part, or -1 when the hasher is not reversible (the key cannot be decoded from it).</summary>
    private protected static int HashPrefixLength(StorageHasher hasher) => hasher switch
    {
        StorageHasher.Blake2_128Concat => 16,
        StorageHasher.Twox64Concat => 8,
        StorageHasher.Identity => 0,
        _ => -1,
    };
}
