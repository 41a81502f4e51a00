using System.Text;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;

namespace Bittensor.Core.Tests.Storage;

/// <summary>
/// Trie roots against values computed by Substrate itself: the W3F Polkadot host test suite
/// (w3f/polkadot-tests fixtures/host-api: <c>ext_trie_blake2_256_root_version_1</c> and
/// <c>ext_trie_blake2_256_ordered_root_version_1</c>, both LayoutV0, outputs produced by the Substrate adapter) and
/// smoldot's trie tests (paritytech/smoldot lib/src/trie.rs and calculate_root.rs, V0 and V1).
/// </summary>
public class TrieRootTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Empty_IsBlake2OfZeroByte()
    {
        Assert.Equal("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314", TrieRoot.Empty.ToString());
        Assert.Equal(TrieRoot.Empty, TrieRoot.Compute([], StateVersion.V1));
        Assert.Equal(TrieRoot.Empty, TrieRoot.Ordered([], StateVersion.V0));
    }

    // w3f/polkadot-tests fixtures/host-api: three (key, value) pairs, later duplicates replacing earlier ones (BTreeMap collect in trie_root).
    [Theory]
    [InlineData("static", "Inverse", "even-keeled", "Future-proofed", "static", "even-keeled", "0x1192e3ed48d28fba2eeae885fa367c535eca6a149eafad982265586902783d4f")]
    [InlineData("function", "Horizontal", "Face to face", "Expanded", "function", "Face to face", "0x92aafcf31cc2012d7467fa96b47caa389762ef02e97c27c30484a7ffd4b3780e")]
    [InlineData("Integrated", "portal", "budgetary management", "pricing structure", "Integrated", "budgetary management", "0xcbb9ff2393a9c8ce46f3592532f4c181339eedf979836e5d45b318633030a79e")]
    [InlineData("non-based", "Monitored", "non-volatile", "emulation", "non-based", "non-volatile", "0x0ef6df228337099e666d402089c65e4c1d793ae0076dee4730baeb58404b0e16")]
    [InlineData("productivity", "secondary", "Total", "Visionary", "productivity", "Total", "0x7ab4224ead96acf2282852d7bdfa71aac9c135ecb718024ff7fe15b19d4ab227")]
    [InlineData("Exclusive", "next generation", "concept", "approach", "Exclusive", "concept", "0xad2c33c6536d547f60a5947588e9bc953804a29b219a5692b7ed0e921d34c588")]
    [InlineData("disintermediate", "Grass-roots", "policy", "function", "disintermediate", "policy", "0xc1029b1ceb237b33f1d1e99c82e8d00c687342ae373474d3d7f0ed0f3f278cd6")]
    [InlineData("contingency", "value-added", "context-sensitive", "Configurable", "contingency", "context-sensitive", "0xcff475bc0c4aa0344ce0e0966415123ac4ef541122b1365be0884a3713c020cd")]
    [InlineData("human-resource", "Reactive", "hardware", "Automated", "human-resource", "hardware", "0xb21b406c9f9c96bb84e2d890ec6d0212e5422f9098777f090cd9a90e510cf92c")]
    [InlineData("Optional", "secondary", "object-oriented", "toolset", "Optional", "object-oriented", "0xf81f2b3e8d50e95b706066afa4a9b07dfddeb89d1c3e8c4eb054d33a3de3b9bf")]
    public void Compute_W3fHostApiTrieRoot_MatchesSubstrate(string k1, string v1, string k2, string v2, string k3, string v3, string expected)
    {
        var map = new SortedDictionary<byte[], byte[]>(Core.Storage.ByteArrayComparer.Instance)
        {
            [Utf8(k1)] = Utf8(v1),
        };
        map[Utf8(k2)] = Utf8(v2);
        map[Utf8(k3)] = Utf8(v3);
        Assert.Equal(expected, TrieRoot.Compute(map, StateVersion.V0).ToString());
    }

    [Theory]
    [InlineData("static", "even-keeled", "Future-proofed", "0xd847b86d0219a384d11458e829e9f4f4cce7e3cc2e6dcd0e8a6ad6f12c64a737")]
    [InlineData("Inverse", "Face to face", "Expanded", "0xea32273c604a609a83979acc5dc5c19d91112967c5690d660684118fac03d087")]
    [InlineData("even-keeled", "budgetary management", "pricing structure", "0x72b6aa1f07895b3276e215b192335b982268922f4e2973b3bab13102766a597c")]
    [InlineData("Future-proofed", "non-volatile", "emulation", "0x40f7e12565410189f5026d2d2c187fd60aa47cf943ae935cbda49e3b03fc1893")]
    [InlineData("function", "Total", "Visionary", "0xf0b164f7a50de01338d0f0a8dae9e3806b72359e1b3bc9b38b1140172d1952a0")]
    [InlineData("Horizontal", "concept", "approach", "0x922c3f9be4104e40daf22e249014ee0acd3e78870644cc131ce3107f6785e6c8")]
    [InlineData("Face to face", "policy", "function", "0x652a6f8ecb5cf7f8ba6ba9390ba2bc2978d173c537954af52fcf6a1c72989cbf")]
    [InlineData("Expanded", "context-sensitive", "Configurable", "0x319fc284ac8e2d626ddec7b2e05948177ee2d8b3bb43820608e3faeab7c6e2b2")]
    [InlineData("Integrated", "hardware", "Automated", "0xaebac639ed629d66bdaae654454518b85274cf613e6100d1aa5c86996763ca11")]
    [InlineData("portal", "object-oriented", "toolset", "0xfd61ef3767be4899488dc3331726f3b9abaae1fc08532327631ece6198686e25")]
    public void Ordered_W3fHostApiOrderedRoot_MatchesSubstrate(string v1, string v2, string v3, string expected)
    {
        Assert.Equal(expected, TrieRoot.Ordered([Utf8(v1), Utf8(v2), Utf8(v3)], StateVersion.V0).ToString());
    }

    [Fact]
    public void Compute_SmoldotExamples_MatchV0AndV1()
    {
        H256 fooBar = TrieRoot.Compute([Pair("foo", "bar"), Pair("foobar", "baz")], StateVersion.V0);
        Assert.Equal(Bytes(166, 24, 32, 181, 251, 169, 176, 26, 238, 16, 181, 187, 216, 74, 234, 128, 184, 35, 3, 24, 197, 232, 202, 20, 185, 164, 148, 12, 118, 224, 152, 21), fooBar.ToArray());

        H256 v1 = TrieRoot.Compute([Pair("bar", "foo"), Pair("barfoo", "hello"), Pair("anotheritem", "anothervalue")], StateVersion.V1);
        Assert.Equal(Bytes(68, 24, 7, 195, 69, 202, 122, 223, 136, 189, 33, 171, 27, 60, 186, 219, 21, 97, 106, 187, 137, 22, 126, 185, 254, 40, 93, 213, 206, 205, 4, 200), v1.ToArray());

        H256 one = TrieRoot.Compute([Pair("abcd", "hello world")], StateVersion.V1);
        Assert.Equal(Bytes(122, 177, 134, 89, 211, 178, 120, 158, 242, 64, 13, 16, 113, 4, 199, 212, 251, 147, 208, 109, 154, 182, 168, 182, 65, 165, 222, 124, 63, 236, 200, 81), one.ToArray());
    }

    [Fact]
    public void Compute_SmoldotHandEncodedBranch_MatchesNodeBytes()
    {
        // smoldot calculate_root.rs trie_root_example: branch without value, two 3-nibble leaves.
        byte[] node = [0x80, 0x12, 0x00, 0x05 << 2, 0x43, 0x03, 0x14, 0x01 << 2, 0xff, 0x05 << 2, 0x43, 0x08, 0x19, 0x01 << 2, 0xfe];
        H256 root = TrieRoot.Compute([new([0x48, 0x19], [0xfe]), new([0x13, 0x14], [0xff])], StateVersion.V1);
        Assert.Equal(H256.Blake2b256(node), root);
    }

    [Fact]
    public void Compute_V1LongValue_StoresValueHashInLeaf()
    {
        // A single leaf whose 40-byte value is >= 33 bytes: header 0b001 with 5-bit partial length, then the value hash.
        byte[] value = new byte[40];
        value.AsSpan().Fill(0x11);
        H256 root = TrieRoot.Compute([new([0xaa], value)], StateVersion.V1);
        byte[] expectedNode = [0b0010_0010, 0xaa, .. Blake2b.Hash256(value)];
        Assert.Equal(H256.Blake2b256(expectedNode), root);
        Assert.NotEqual(root, TrieRoot.Compute([new([0xaa], value)], StateVersion.V0));
    }

    [Fact]
    public void Compute_V1ValueOf32Bytes_StaysInline()
    {
        byte[] value = new byte[32];
        Assert.Equal(TrieRoot.Compute([new([0x01], value)], StateVersion.V0), TrieRoot.Compute([new([0x01], value)], StateVersion.V1));
    }

    [Fact]
    public void Compute_LongPartialKey_UsesExtraLengthBytes()
    {
        // 64 nibbles: 63 in the first byte, then a 1; a key of exactly 63 nibbles needs a trailing 0 length byte.
        byte[] key = new byte[32];
        H256 root = TrieRoot.Compute([new(key, [0x07])], StateVersion.V0);
        byte[] node = [0x40 | 63, 0x01, .. key, 0x04, 0x07];
        Assert.Equal(H256.Blake2b256(node), root);
    }

    [Fact]
    public void Compute_UnsortedInput_SameAsSorted()
    {
        KeyValuePair<byte[], byte[]>[] entries = [Pair("b", "2"), Pair("a", "1"), Pair("ab", "3"), Pair("abc", "4")];
        H256 expected = TrieRoot.ComputeSorted([entries[1], entries[2], entries[3], entries[0]], StateVersion.V1);
        Assert.Equal(expected, TrieRoot.Compute(entries, StateVersion.V1));
        Assert.Throws<ArgumentException>(() => TrieRoot.ComputeSorted(entries, StateVersion.V1));
    }

    private static KeyValuePair<byte[], byte[]> Pair(string key, string value) => new(Utf8(key), Utf8(value));

    private static byte[] Bytes(params int[] values) => [.. values.Select(v => (byte)v)];
}
