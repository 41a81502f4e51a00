using Bittensor.Core.Hashing;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Tests.Metadata;

public class TypeRegistryBuilderTests
{
    [Fact]
    public void Register_SameShapeTwice_SameIdInRegistrationOrder()
    {
        var b = new TypeRegistryBuilder();
        uint u8 = b.U8();
        uint u32 = b.U32();
        uint bytes = b.Bytes();
        Assert.Equal((0u, 1u, 2u), (u8, u32, bytes));
        Assert.Equal(u8, b.U8());
        Assert.Equal(bytes, b.Sequence(u8));
        Assert.Equal(b.Option(u32), b.Option(u32));
        Assert.NotEqual(b.Option(u32), b.Option(u8));
        Assert.Equal(b.Tuple(u8, u32), b.Tuple(u8, u32));
        Assert.NotEqual(b.Tuple(u8, u32), b.Tuple(u32, u8));
        Assert.Equal(b.Unit(), b.Tuple());
        Assert.Equal(8, b.Count);

        PortableRegistry registry = b.Build();
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (uint)i), registry.Select(t => t.Id));
    }

    [Fact]
    public void Register_SamePathDifferentDocs_KeepsFirstDocs()
    {
        var b = new TypeRegistryBuilder();
        uint u64 = b.U64();
        uint first = b.Composite("pallet_x::Thing", [Field.Named("a", u64)], docs: ["first"]);
        uint second = b.Composite("pallet_x::Thing", [Field.Named("a", u64)], docs: ["second"]);
        uint other = b.Composite("pallet_y::Thing", [Field.Named("a", u64)]);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(["first"], b[first].Docs);
    }

    [Fact]
    public void OptionAndResult_MatchFinneysScaleInfoShape()
    {
        var b = new TypeRegistryBuilder();
        uint u32 = b.U32();
        uint unit = b.Unit();
        PortableType option = b[b.Option(u32)];
        PortableType result = b[b.Result(unit, u32)];

        // Finney (V14) has Option<u32> and Result<(), DispatchError>: compare everything but the ids inside.
        PortableRegistry finney = FinneyMetadata.V14.Types;
        PortableType finneyOption = finney.FindByPath("Option").Single(t => finney.Resolve(t.TypeArgument("T")!.Value).Definition == new PrimitiveDefinition(PrimitiveKind.U32));
        Assert.Equal(Normalize(finneyOption, finney), Normalize(option, b.Build()));
        PortableType finneyResult = finney.FindByPath("Result").First(t => finney.Resolve(t.TypeArgument("T")!.Value).Definition == new TupleDefinition());
        Assert.Equal(
            Normalize(finneyResult, finney).Replace("sp_runtime::DispatchError", "u32", StringComparison.Ordinal),
            Normalize(result, b.Build()));
    }

    [Fact]
    public void Build_SmallRegistry_EncodeDecodeEqual()
    {
        PortableRegistry registry = SampleRuntime.Registry(out _);
        byte[] encoded = ScaleCodec.Encode(registry);
        PortableRegistry decoded = ScaleCodec.Decode<PortableRegistry>(encoded);
        Assert.Equal(registry, decoded);
        Assert.Equal(registry.GetHashCode(), decoded.GetHashCode());
        Assert.Equal(encoded, ScaleCodec.Encode(decoded));
    }

    [Fact]
    public void Build_SmallRuntimeMetadataV15AndV14_RoundTripAndLookups()
    {
        RuntimeMetadataV15 v15 = SampleRuntime.MetadataV15();
        var decoded = (RuntimeMetadataV15)RuntimeMetadata.Decode(v15.Encode());
        Assert.Equal(["a", "b"], decoded.Custom.Select(c => c.Name));
        Assert.Equal(v15 with { Custom = [.. v15.Custom.OrderBy(c => c.Name, StringComparer.Ordinal)] }, decoded);

        RuntimeMetadataV14 v14 = SampleRuntime.MetadataV14();
        Assert.Equal(v14, RuntimeMetadata.Decode(v14.Encode(MetadataWrapping.Vec)));

        var chain = new ChainMetadata(decoded);
        Assert.Equal((9, 1), (chain.Call("Demo", "set_value").PalletIndex, chain.Call("Demo", "set_value").Index));
        Assert.Equal([9, 1, 0x2a, 0, 0, 0, 0, 0, 0, 0], chain.EncodeCall("Demo", "set_value", ("value", ScaleValue.U64(42))));
        Assert.Equal(42ul, chain.ConstantValue("Demo", "Answer").ToUInt64());
        Assert.Equal("ValueTooLarge", chain.ModuleError(9, [0, 0, 0, 0]).Name);
        Assert.Equal(StorageKey.For("Demo", "Values", (StorageHasher.Twox64Concat, [1, 0])), chain.Storage("Demo", "Values").Key(ScaleValue.U16(1)));
        Assert.Equal("DemoApi_get", chain.RuntimeApi("DemoApi", "get").StateCallName);
        var answer = (VariantValue)chain.RuntimeApi("DemoApi", "get").DecodeOutput([1, 7, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(("Some", 7ul), (answer.Name, answer.Single.ToUInt64()));
        Assert.Equal(4, new ChainMetadata(v14).ExtrinsicVersion);
        Assert.Equal(SampleRuntime.CallTypeName, chain.Types.Resolve(new ChainMetadata(v14).CallType).PathString);
    }

    [Fact]
    public void ReserveDefine_RecursiveCall_EncodesAndDecodesNestedBatch()
    {
        var b = new TypeRegistryBuilder();
        uint call = b.Reserve();
        uint calls = b.Sequence(call);
        uint u64 = b.U64();
        uint utility = b.Variant("pallet_utility::pallet::Call", [new Variant("batch", 0, [Field.Named("calls", calls, "Vec<RuntimeCall>")])]);
        uint demo = b.Variant("pallet_demo::pallet::Call", [new Variant("set_value", 1, [Field.Named("value", u64)])]);
        b.Define(call, new VariantDefinition([new Variant("Utility", 11, [Field.Unnamed(utility)]), new Variant("Demo", 9, [Field.Unnamed(demo)])]), ["runtime", "RuntimeCall"]);
        var codec = new ScaleValueCodec(b.Build());

        ScaleValue setValue = ScaleValue.Variant("Demo", ScaleValue.Variant("set_value", ("value", ScaleValue.U64(5))));
        ScaleValue nested = ScaleValue.Variant("Utility", ScaleValue.Variant("batch", ("calls", ScaleValue.Sequence(
            setValue,
            ScaleValue.Variant("Utility", ScaleValue.Variant("batch", ("calls", ScaleValue.Sequence(setValue))))))));
        byte[] bytes = codec.Encode(call, nested);
        const string SetValue = "0901" + "0500000000000000";
        Assert.Equal("0x" + "0b00" + "08" + SetValue + "0b00" + "04" + SetValue, Hex.Encode(bytes));
        ScaleValue decoded = codec.Decode(call, bytes);
        Assert.Equal(bytes, codec.Encode(call, decoded));
        Assert.Equal(nested.ToJson(), decoded.ToJson());
        Assert.Equal("""{"Utility":{"batch":{"calls":[{"Demo":{"set_value":{"value":5}}},{"Utility":{"batch":{"calls":[{"Demo":{"set_value":{"value":5}}}]}}}]}}}""", decoded.ToJson());
    }

    [Fact]
    public void Build_ReservedButNeverDefined_Throws()
    {
        var b = new TypeRegistryBuilder();
        b.U8();
        uint reserved = b.Reserve();
        Assert.Contains($"type id {reserved}", Assert.Throws<InvalidOperationException>(b.Build).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => b.Define(0, new TupleDefinition()));
    }

    [Fact]
    public void Register_ReferenceToUnknownId_Throws()
    {
        var b = new TypeRegistryBuilder();
        Assert.Throws<ArgumentException>(() => b.Sequence(3));
        Assert.Throws<ArgumentException>(() => b.Composite("x::Y", [Field.Named("a", 0)]));
        Assert.Throws<KeyNotFoundException>(() => b[0]);
        Assert.Throws<ArgumentException>(() => new PortableRegistry([new PortableType(0, null, null, new SequenceDefinition(1))]));
        Assert.Throws<ArgumentException>(() => new PortableRegistry([new PortableType(4, null, null, new TupleDefinition()), new PortableType(4, null, null, new TupleDefinition())]));
    }

    [Fact]
    public void PortableRegistry_SparseIds_ResolveAndRoundTrip()
    {
        var registry = new PortableRegistry(
        [
            new PortableType(10, ["a", "B"], null, new CompositeDefinition([Field.Named("x", 3)])),
            new PortableType(3, null, null, new PrimitiveDefinition(PrimitiveKind.U16)),
        ]);
        Assert.Equal("a::B", registry.Resolve(10).PathString);
        Assert.False(registry.TryResolve(0, out _));
        PortableRegistry decoded = ScaleCodec.Decode<PortableRegistry>(ScaleCodec.Encode(registry));
        Assert.Equal(registry, decoded);
        var codec = new ScaleValueCodec(decoded);
        Assert.Equal([0x34, 0x12], codec.Encode(10, ScaleValue.U16(0x1234)));
        Assert.Equal(0x1234u, codec.Decode(10, [0x34, 0x12])["x"].ToUInt32());
    }

    [Fact]
    public void SimpleEnumAndBitOrder_Shapes()
    {
        var b = new TypeRegistryBuilder();
        PortableType pays = b[b.SimpleEnum("frame_support::dispatch::Pays", "Yes", "No")];
        Assert.Equal([("Yes", (byte)0), ("No", (byte)1)], ((VariantDefinition)pays.Definition).Variants.Select(v => (v.Name, v.Index)));
        PortableType lsb0 = b[b.BitOrder()];
        Assert.Equal("bitvec::order::Lsb0", lsb0.PathString);
        Assert.Equal("bitvec::order::Msb0", b[b.BitOrder(msb0: true)].PathString);
        Assert.Equal(["a", "b", "C"], TypeRegistryBuilder.SplitPath("a::b::C"));
        Assert.Empty(TypeRegistryBuilder.SplitPath(""));
    }

    /// <summary>A type's shape with referenced ids replaced by the referenced types' shapes (one level), so registries with different ids compare.</summary>
    private static string Normalize(PortableType type, PortableRegistry types)
    {
        string Name(uint id)
        {
            PortableType t = types.Resolve(id);
            return t.Definition switch
            {
                PrimitiveDefinition p => p.Primitive.ToString().ToLowerInvariant(),
                TupleDefinition { Elements.Count: 0 } => "()",
                _ => t.PathString,
            };
        }

        string def = type.Definition switch
        {
            VariantDefinition v => string.Join("|", v.Variants.Select(x => $"{x.Index}:{x.Name}({string.Join(",", x.Fields.Select(f => $"{f.Name}:{Name(f.Type)}:{f.TypeName}:{f.Docs.Count}"))}){x.Docs.Count}")),
            _ => type.Definition.ToString(),
        };
        return $"{type.PathString}<{string.Join(",", type.TypeParameters.Select(p => $"{p.Name}={(p.Type is uint id ? Name(id) : "-")}"))}>{def}#{type.Docs.Count}";
    }
}
