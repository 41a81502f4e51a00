using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Metadata;

namespace Bittensor.Runtime.Tests.Metadata;

public class MetadataBuilderTests
{
    private static readonly NodeRuntime Runtime = NodeRuntime.CreateDev();
    private static readonly NodeMetadata Metadata = NodeMetadata.For(Runtime);

    private static RuntimeApiCall GenesisCall()
    {
        GenesisBlock genesis = Runtime.BuildGenesis(GenesisConfig.Dev(), dev: true);
        var store = new InMemoryKeyValueStore();
        store.Write(genesis.ToWriteBatch());
        return new RuntimeApiCall(Runtime, store, genesis.Hash);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Envelope_DecodesWithCoreParser_AndReencodesIdentically(int version)
    {
        byte[] envelope = (version == 14 ? Metadata.V14Envelope : Metadata.V15Envelope).ToArray();
        Assert.Equal("meta"u8.ToArray(), envelope[..4]);
        Assert.Equal(version, envelope[4]);
        ChainMetadata chain = ChainMetadata.Decode(envelope);
        Assert.Equal(version, chain.Version);
        Assert.Equal(envelope, chain.Metadata.Encode());
        Assert.Equal(version == 14 ? Metadata.V14 : Metadata.V15, chain.Metadata);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Registry_HasEachShapeOnce(int version)
    {
        PortableRegistry types = version == 14 ? Metadata.V14.Types : Metadata.V15.Types;
        var duplicates = types.GroupBy(t => (t.PathString, string.Join(",", t.TypeParameters), t.Definition)).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g)).ToList();
        Assert.True(duplicates.Count == 0, "duplicate types: " + string.Join("; ", duplicates));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void ClientLookups_FindTheOuterEnumsExtrinsicPartsAndStorage(int version)
    {
        var chain = new ChainMetadata(version == 14 ? Metadata.V14 : Metadata.V15);
        Assert.Equal("node_subtensor_runtime::RuntimeCall", chain.Types.Resolve(chain.CallType).PathString);
        Assert.Equal("node_subtensor_runtime::RuntimeEvent", chain.Types.Resolve(chain.EventType).PathString);
        Assert.Equal("sp_runtime::multiaddress::MultiAddress", chain.Types.Resolve(chain.AddressType).PathString);
        Assert.Equal("sp_runtime::MultiSignature", chain.Types.Resolve(chain.SignatureType).PathString);
        Assert.Equal(4, chain.ExtrinsicVersion);
        Assert.Equal(TransactionExtensionSchema.Spec425.Extensions.Select(e => e.Identifier), chain.SignedExtensions.Select(e => e.Identifier));
        Assert.Equal(Runtime.Runtime.Definition.Pallets.Select(p => (p.Name, p.Index)), chain.Pallets.Select(p => (p.Name, p.Index)));
        Assert.Equal(StorageEntryModifier.Default, chain.Storage("System", "Account").Entry.Modifier);
        Assert.Equal(500UL, BitConverter.ToUInt64(chain.Constant("Balances", "ExistentialDeposit").Value.Span));

        // Every call of the runtime is a variant of its pallet's Call enum at the same index.
        foreach (Bittensor.Runtime.Framework.Pallet pallet in Runtime.Runtime.Definition.Pallets)
        {
            PalletMetadata described = chain.Pallet(pallet.Name);
            Assert.Equal(pallet.Calls.Count > 0, described.Calls is not null);
            if (described.Calls is { } calls)
            {
                var variants = (VariantDefinition)chain.Types.Resolve(calls).Definition;
                Assert.Equal(pallet.Calls.Select(c => (c.Name, c.Index)), variants.Variants.Select(v => (v.Name, v.Index)));
            }
        }
    }

    [Fact]
    public void V15_ListsEveryServedApi_AndTheRuntimeErrorEnum()
    {
        Assert.Equal(Runtime.Apis.Apis.Select(a => a.Name), Metadata.V15.Apis.Select(a => a.Name));
        foreach (RuntimeApiDescriptor api in Runtime.Apis.Apis)
        {
            RuntimeApiMetadata described = Metadata.V15.Apis.Single(a => a.Name == api.Name);
            Assert.Equal(api.Methods.Select(m => m.Name), described.Methods.Select(m => m.Name));
        }

        PortableType error = Metadata.V15.Types.Resolve(Metadata.V15.OuterEnums.ErrorEnumType);
        Assert.Equal("node_subtensor_runtime::RuntimeError", error.PathString);
        Assert.Contains(((VariantDefinition)error.Definition).Variants, v => v.Name == "SubtensorModule" && v.Index == 7);
        RuntimeApiMethod versionMethod = new ChainMetadata(Metadata.V15).RuntimeApi("Metadata", "metadata_at_version");
        Assert.Equal("Option", Metadata.V15.Types.Resolve(versionMethod.Method.Output).PathString);
    }

    [Fact]
    public void Extrinsic_HasFinneysWrapperAndParts()
    {
        PortableRegistry types = Metadata.V14.Types;
        PortableType extrinsic = types.Resolve(Metadata.V14.Extrinsic.Type);
        Assert.Equal("fp_self_contained::unchecked_extrinsic::UncheckedExtrinsic", extrinsic.PathString);
        Assert.Equal(["Address", "Call", "Signature", "Extension"], extrinsic.TypeParameters.Select(p => p.Name));
        PortableType inner = types.Resolve(((CompositeDefinition)extrinsic.Definition).Fields[0].Type);
        Assert.Equal("sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic", inner.PathString);
        Assert.Equal(["Address", "Call", "Signature", "Extra"], inner.TypeParameters.Select(p => p.Name));
        Assert.Equal(TypeDefinitionKind.Sequence, types.Resolve(((CompositeDefinition)inner.Definition).Fields[0].Type).Definition.Kind);

        RuntimeMetadataV15 finney = FinneyFixture.V15;
        Assert.Equal(TypeShape.Describe(finney.Types, finney.Extrinsic.AddressType), TypeShape.Describe(Metadata.V15.Types, Metadata.V15.Extrinsic.AddressType));
        Assert.Equal(TypeShape.Describe(finney.Types, finney.Extrinsic.SignatureType), TypeShape.Describe(Metadata.V15.Types, Metadata.V15.Extrinsic.SignatureType));

        // The extension tuple encodes as the flat list of each extension's explicit type.
        PortableType extra = Metadata.V15.Types.Resolve(Metadata.V15.Extrinsic.ExtraType);
        Assert.Equal(TypeDefinitionKind.Tuple, extra.Definition.Kind);
        foreach (string identifier in new[] { "CheckMortality", "CheckNonce", "ChargeTransactionPayment", "CheckMetadataHash" })
        {
            SignedExtensionMetadata ours = Metadata.V15.Extrinsic.SignedExtensions.Single(e => e.Identifier == identifier);
            SignedExtensionMetadata theirs = finney.Extrinsic.SignedExtensions.Single(e => e.Identifier == identifier);
            Assert.Equal(TypeShape.Describe(finney.Types, theirs.AdditionalSigned), TypeShape.Describe(Metadata.V15.Types, ours.AdditionalSigned));
        }
    }

    [Fact]
    public void Build_IsDeterministic_AndCachedPerRuntime()
    {
        Assert.Same(Metadata, NodeMetadata.For(Runtime));
        NodeMetadata other = NodeMetadata.For(NodeRuntime.CreateDev());
        Assert.NotSame(Metadata, other);
        Assert.Equal(Metadata.V14Envelope.ToArray(), other.V14Envelope.ToArray());
        Assert.Equal(Metadata.V15Envelope.ToArray(), other.V15Envelope.ToArray());
    }

    [Fact]
    public void MetadataApis_ReturnTheWrappedEnvelopes()
    {
        RuntimeApiCall call = GenesisCall();
        Assert.Equal(MetadataEnvelope.Wrap(Metadata.V14Envelope.Span, MetadataWrapping.Vec), Runtime.Apis.Call(call, "Metadata_metadata", []));
        Assert.Equal(MetadataEnvelope.Wrap(Metadata.V14Envelope.Span, MetadataWrapping.OptionVec), Runtime.Apis.Call(call, "Metadata_metadata_at_version", [14, 0, 0, 0]));
        Assert.Equal(MetadataEnvelope.Wrap(Metadata.V15Envelope.Span, MetadataWrapping.OptionVec), Runtime.Apis.Call(call, "Metadata_metadata_at_version", [15, 0, 0, 0]));
        Assert.Equal(new byte[] { 0 }, Runtime.Apis.Call(call, "Metadata_metadata_at_version", [16, 0, 0, 0]));
        Assert.Equal(Hex.Decode("080e0000000f000000"), Runtime.Apis.Call(call, "Metadata_metadata_versions", []));
        Assert.Equal(15, ((RuntimeMetadataV15)RuntimeMetadata.Decode(Runtime.Apis.Call(call, "Metadata_metadata_at_version", [15, 0, 0, 0]))).Version);
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "Metadata_metadata_at_version", [15, 0, 0]));
    }
}
