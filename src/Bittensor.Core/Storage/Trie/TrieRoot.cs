using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Storage.Trie;

/// <summary>
/// The root of Substrate's base-16 Patricia-Merkle trie without extension nodes (sp_trie with BLAKE2b-256,
/// <c>trie_root::trie_root_no_extension</c>; node format of the Polkadot spec, "defn-node-header"):
/// a node is a header (leaf <c>01</c>, branch <c>10</c>, branch with value <c>11</c>, and in V1 leaf <c>001</c> /
/// branch <c>0001</c> with a hashed value) carrying the partial-key length, the partial key's nibbles packed
/// two per byte (an odd count is padded at the front), a u16 LE child bitmap for branches, the value
/// (<c>Compact(len) ++ bytes</c>, or the 32-byte hash for a hashed value), then each child's reference as
/// <c>Compact(len) ++ ref</c>, where ref is the child's encoding if shorter than 32 bytes, else its hash.
/// The root is always hashed; the empty trie's root is <c>blake2_256([0x00])</c>.
/// </summary>
public static class TrieRoot
{
    /// <summary>Values at least this long are stored by hash in a V1 trie (sp_core::storage::TRIE_VALUE_NODE_THRESHOLD).</summary>
    public const int ValueNodeThreshold = 33;

    /// <summary>blake2_256(0x00), the root of an empty trie (either layout).</summary>
    public static H256 Empty { get; } = H256.Blake2b256([0x00]);

    /// <summary>The root of <paramref name="entries"/>, which must be sorted by key (unsigned bytes) with unique keys.</summary>
    /// <exception cref="ArgumentException">The keys are not strictly increasing.</exception>
    public static H256 ComputeSorted(IReadOnlyList<KeyValuePair<byte[], byte[]>> entries, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        for (int i = 1; i < entries.Count; i++)
        {
            if (entries[i - 1].Key.AsSpan().SequenceCompareTo(entries[i].Key) >= 0)
            {
                throw new ArgumentException($"trie entries must be sorted with unique keys (entry {i})", nameof(entries));
            }
        }

        if (entries.Count == 0)
        {
            return Empty;
        }

        var builder = new Builder(entries, version);
        byte[] root = builder.Encode(0, entries.Count, 0);
        return H256.Blake2b256(root);
    }

    /// <summary>The root of any set of entries with unique keys (sorted here).</summary>
    public static H256 Compute(IEnumerable<KeyValuePair<byte[], byte[]>> entries, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<byte[], byte[]>>(entries);
        list.Sort(static (a, b) => ByteArrayComparer.Instance.Compare(a.Key, b.Key));
        return ComputeSorted(list, version);
    }

    /// <summary>
    /// <c>ordered_trie_root</c>: the root of the trie mapping <c>Compact(index)</c> to each value, as Substrate builds the
    /// extrinsics root (with <see cref="StateVersion.V0"/> for runtimes whose system_version is at most 1).
    /// </summary>
    public static H256 Ordered(IReadOnlyList<byte[]> values, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(values);
        var entries = new List<KeyValuePair<byte[], byte[]>>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            entries.Add(new KeyValuePair<byte[], byte[]>(CompactIndex((uint)i), values[i]));
        }

        return Compute(entries, version);
    }

    private static byte[] CompactIndex(uint index)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(5);
        var writer = new Scale.ScaleWriter(buffer);
        writer.WriteCompact(index);
        return buffer.WrittenSpan.ToArray();
    }

    private sealed class Builder(IReadOnlyList<KeyValuePair<byte[], byte[]>> entries, StateVersion version)
    {
        // A node is encoded only after all of its children (Encode recurses first), so one buffer serves every node.
        private readonly System.Buffers.ArrayBufferWriter<byte> _output = new(256);

        private static int NibbleCount(byte[] key) => key.Length * 2;

        private static int NibbleAt(byte[] key, int index) => (index & 1) == 0 ? key[index >> 1] >> 4 : key[index >> 1] & 0x0F;

        /// <summary>The encoded node for entries [lo, hi) whose keys all share their first <paramref name="depth"/> nibbles.</summary>
        public byte[] Encode(int lo, int hi, int depth)
        {
            byte[] first = entries[lo].Key;
            if (hi - lo == 1)
            {
                return EncodeNode(first, depth, NibbleCount(first), entries[lo].Value, children: null);
            }

            // Sorted keys: the prefix common to all is the prefix common to the first and the last.
            byte[] last = entries[hi - 1].Key;
            int limit = Math.Min(NibbleCount(first), NibbleCount(last));
            int nodeDepth = depth;
            while (nodeDepth < limit && NibbleAt(first, nodeDepth) == NibbleAt(last, nodeDepth))
            {
                nodeDepth++;
            }

            byte[]? value = null;
            int start = lo;
            if (NibbleCount(first) == nodeDepth)
            {
                value = entries[lo].Value;
                start++;
            }

            var children = new byte[16][];
            int i = start;
            while (i < hi)
            {
                int nibble = NibbleAt(entries[i].Key, nodeDepth);
                int j = i + 1;
                while (j < hi && NibbleAt(entries[j].Key, nodeDepth) == nibble)
                {
                    j++;
                }

                byte[] child = Encode(i, j, nodeDepth + 1);
                children[nibble] = child.Length >= 32 ? Blake2b.Hash256(child) : child;
                i = j;
            }

            return EncodeNode(first, depth, nodeDepth, value, children);
        }

        private byte[] EncodeNode(byte[] key, int fromNibble, int toNibble, byte[]? value, byte[]?[]? children)
        {
            int partialLength = toNibble - fromNibble;
            bool hashedValue = value is not null && version == StateVersion.V1 && value.Length >= ValueNodeThreshold;
            (int kind, int bits) = (children is not null, value is not null, hashedValue) switch
            {
                (false, true, false) => (0b01, 6),
                (false, true, true) => (0b001, 5),
                (true, false, _) => (0b10, 6),
                (true, true, false) => (0b11, 6),
                (true, true, true) => (0b0001, 4),
                _ => throw new InvalidOperationException("a trie node has a value or children"),
            };

            System.Buffers.ArrayBufferWriter<byte> output = _output;
            output.ResetWrittenCount();
            var writer = new Scale.ScaleWriter(output);
            int max = (1 << bits) - 1;
            writer.WriteU8((byte)((kind << bits) | Math.Min(partialLength, max)));
            if (partialLength >= max)
            {
                int remaining = partialLength - max;
                while (true)
                {
                    writer.WriteU8((byte)Math.Min(remaining, 255));
                    if (remaining < 255)
                    {
                        break;
                    }

                    remaining -= 255;
                }
            }

            // Nibbles packed two per byte; an odd count puts the lone nibble in the low half of the first byte.
            int n = fromNibble;
            if ((partialLength & 1) == 1)
            {
                writer.WriteU8((byte)NibbleAt(key, n));
                n++;
            }

            for (; n < toNibble; n += 2)
            {
                writer.WriteU8((byte)((NibbleAt(key, n) << 4) | NibbleAt(key, n + 1)));
            }

            if (children is not null)
            {
                ushort bitmap = 0;
                for (int c = 0; c < 16; c++)
                {
                    if (children[c] is not null)
                    {
                        bitmap |= (ushort)(1 << c);
                    }
                }

                writer.WriteU16(bitmap);
            }

            if (value is not null)
            {
                if (hashedValue)
                {
                    writer.WriteBytes(Blake2b.Hash256(value));
                }
                else
                {
                    writer.WriteByteVec(value);
                }
            }

            if (children is not null)
            {
                foreach (byte[]? child in children)
                {
                    if (child is not null)
                    {
                        writer.WriteByteVec(child);
                    }
                }
            }

            return output.WrittenSpan.ToArray();
        }
    }
}
