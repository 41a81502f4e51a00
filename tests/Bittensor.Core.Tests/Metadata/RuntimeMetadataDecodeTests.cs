using Bittensor.Core.Metadata;

namespace Bittensor.Core.Tests.Metadata;

public class RuntimeMetadataDecodeTests
{
    /// <summary>Finney spec 320 pallets (name, index), as both blobs list them.</summary>
    private static readonly (string Name, byte Index)[] s_pallets =
    [
        ("System", 0), ("RandomnessCollectiveFlip", 1), ("Timestamp", 2), ("Aura", 3), ("Grandpa", 4), ("Balances", 5),
        ("TransactionPayment", 6), ("SubtensorModule", 7), ("Utility", 11), ("Sudo", 12), ("Multisig", 13), ("Preimage", 14),
        ("Scheduler", 15), ("Proxy", 16), ("Registry", 17), ("Commitments", 18), ("AdminUtils", 19), ("SafeMode", 20),
        ("Ethereum", 21), ("EVM", 22), ("EVMChainId", 23), ("BaseFee", 25), ("Drand", 26), ("Crowdloan", 27), ("Swap", 28),
        ("Contracts", 29),
    ];

    private static readonly string[] s_signedExtensions =
    [
        "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality", "CheckNonce",
        "CheckWeight", "ChargeTransactionPayment", "SubtensorTransactionExtension", "DrandPriority", "CheckMetadataHash",
    ];

    public static TheoryData<int> Versions() => [14, 15];

    private static RuntimeMetadata Finney(int version) => version == 14 ? FinneyMetadata.V14 : FinneyMetadata.V15;

    [Fact]
    public void Decode_FinneyV14_RoundTripsByteIdentical()
    {
        RuntimeMetadata metadata = RuntimeMetadata.Decode(FinneyMetadata.V14Bytes, out MetadataWrapping wrapping);
        Assert.Equal(MetadataWrapping.None, wrapping);
        Assert.IsType<RuntimeMetadataV14>(metadata);
        Assert.Equal(14, metadata.Version);
        Assert.Equal(FinneyMetadata.V14Bytes, metadata.Encode());
    }

    [Fact]
    public void Decode_FinneyV15OptionWrapped_RoundTripsByteIdentical()
    {
        RuntimeMetadata metadata = RuntimeMetadata.Decode(FinneyMetadata.V15Bytes, out MetadataWrapping wrapping);
        Assert.Equal(MetadataWrapping.OptionVec, wrapping);
        Assert.IsType<RuntimeMetadataV15>(metadata);
        Assert.Equal(15, metadata.Version);
        Assert.Equal(FinneyMetadata.V15Bytes, metadata.Encode(MetadataWrapping.OptionVec));
        Assert.Equal(MetadataEnvelope.Unwrap(FinneyMetadata.V15Bytes, out _).ToArray(), metadata.Encode());
    }

    [Fact]
    public void Decode_FinneyV15_EqualsDecodeOfItsOwnEncoding()
    {
        RuntimeMetadata again = RuntimeMetadata.Decode(FinneyMetadata.V15.Encode());
        Assert.Equal(FinneyMetadata.V15, again);
        Assert.Equal(FinneyMetadata.V15.GetHashCode(), again.GetHashCode());
        Assert.NotEqual<RuntimeMetadata>(FinneyMetadata.V14, again);
    }

    [Theory]
    [InlineData(MetadataWrapping.None)]
    [InlineData(MetadataWrapping.Vec)]
    [InlineData(MetadataWrapping.OptionVec)]
    public void Decode_EachWrapping_DetectedAndSameMetadata(MetadataWrapping wrapping)
    {
        byte[] wrapped = FinneyMetadata.V14.Encode(wrapping);
        Assert.Equal(wrapping, MetadataEnvelope.DetectWrapping(wrapped));
        Assert.Equal(14, MetadataEnvelope.PeekVersion(wrapped));
        Assert.Equal(FinneyMetadata.V14, RuntimeMetadata.Decode(wrapped));
    }

    [Fact]
    public void Decode_FromHexFile_SameAsBytes()
    {
        string hex = File.ReadAllText(Path.Combine(FinneyMetadata.Folder, "metadata-v14-spec320.hex.txt"));
        Assert.Equal(FinneyMetadata.V14, RuntimeMetadata.FromHex(hex));
    }

    [Fact]
    public void Decode_TypeCounts_V14Has552AndV15Has712()
    {
        Assert.Equal(552, FinneyMetadata.V14.Types.Count);
        Assert.Equal(712, FinneyMetadata.V15.Types.Count);
        for (int i = 0; i < FinneyMetadata.V15.Types.Count; i++)
        {
            Assert.Equal((uint)i, FinneyMetadata.V15.Types[i].Id);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Decode_Pallets_NamesAndIndicesInOrder(int version)
    {
        RuntimeMetadata metadata = Finney(version);
        Assert.Equal(s_pallets, metadata.Pallets.Select(p => (p.Name, p.Index)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Decode_SubtensorModule_ExactItemCounts(int version)
    {
        var chain = new ChainMetadata(Finney(version));
        PalletMetadata subtensor = chain.Pallet("SubtensorModule");
        Assert.Equal(7, subtensor.Index);
        Assert.Equal("SubtensorModule", subtensor.Storage!.Prefix);
        Assert.Equal(187, subtensor.Storage.Entries.Count);
        Assert.Equal(60, chain.Calls("SubtensorModule").Count);
        Assert.Equal(109, chain.Events("SubtensorModule").Count);
        Assert.Equal(123, chain.Errors("SubtensorModule").Count);
        Assert.Equal(60, subtensor.Constants.Count);
    }

    [Theory]
    [InlineData("System", 19, 11, 8, 9, 6)]
    [InlineData("Balances", 7, 9, 22, 12, 4)]
    [InlineData("AdminUtils", 1, 70, 3, 11, 0)]
    [InlineData("Sudo", 1, 5, 4, 1, 0)]
    public void Decode_OtherPallets_ExactItemCounts(string pallet, int storage, int calls, int events, int errors, int constants)
    {
        foreach (RuntimeMetadata metadata in new RuntimeMetadata[] { FinneyMetadata.V14, FinneyMetadata.V15 })
        {
            var chain = new ChainMetadata(metadata);
            Assert.Equal(storage, chain.Pallet(pallet).Storage!.Entries.Count);
            Assert.Equal(calls, chain.Calls(pallet).Count);
            Assert.Equal(events, chain.Events(pallet).Count);
            Assert.Equal(errors, chain.Errors(pallet).Count);
            Assert.Equal(constants, chain.Pallet(pallet).Constants.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Decode_Extrinsic_Version4WithTheElevenSignedExtensionsInOrder(int version)
    {
        RuntimeMetadata metadata = Finney(version);
        Assert.Equal(4, metadata.ExtrinsicVersion);
        Assert.Equal(s_signedExtensions, metadata.SignedExtensions.Select(e => e.Identifier).ToArray());

        // Only CheckSpecVersion/CheckTxVersion (u32), CheckGenesis/CheckMortality (H256) and CheckMetadataHash
        // (Option<[u8; 32]>) add to the signed payload; the rest add ().
        string[] additional = [.. metadata.SignedExtensions.Select(e => Describe(metadata.Types.Resolve(e.AdditionalSigned)))];
        Assert.Equal(["()", "u32", "u32", "primitive_types::H256", "primitive_types::H256", "()", "()", "()", "()", "()", "Option"], additional);
    }

    [Fact]
    public void Decode_V14Extrinsic_IsFrontierWrapperWithAddressCallSignatureExtensionParams()
    {
        RuntimeMetadataV14 v14 = FinneyMetadata.V14;
        PortableType extrinsic = v14.Types.Resolve(v14.Extrinsic.Type);
        Assert.Equal("fp_self_contained::unchecked_extrinsic::UncheckedExtrinsic", extrinsic.PathString);
        Assert.Equal(["Address", "Call", "Signature", "Extension"], extrinsic.TypeParameters.Select(p => p.Name).ToArray());
        Assert.Single(v14.Types.FindByPath("sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic"));
        Assert.Equal(97u, v14.RuntimeType);
        Assert.Equal("node_subtensor_runtime::Runtime", v14.Types.Resolve(v14.RuntimeType).PathString);
    }

    [Fact]
    public void Decode_V15_ExtrinsicAndOuterEnumTypes()
    {
        RuntimeMetadataV15 v15 = FinneyMetadata.V15;
        PortableRegistry types = v15.Types;
        Assert.Equal("sp_runtime::multiaddress::MultiAddress", types.Resolve(v15.Extrinsic.AddressType).PathString);
        Assert.Equal("node_subtensor_runtime::RuntimeCall", types.Resolve(v15.Extrinsic.CallType).PathString);
        Assert.Equal("sp_runtime::MultiSignature", types.Resolve(v15.Extrinsic.SignatureType).PathString);
        Assert.Equal(11, Assert.IsType<TupleDefinition>(types.Resolve(v15.Extrinsic.ExtraType).Definition).Elements.Count);
        Assert.Equal(v15.Extrinsic.CallType, v15.OuterEnums.CallEnumType);
        Assert.Equal("node_subtensor_runtime::RuntimeEvent", types.Resolve(v15.OuterEnums.EventEnumType).PathString);
        Assert.Equal("node_subtensor_runtime::RuntimeError", types.Resolve(v15.OuterEnums.ErrorEnumType).PathString);
        Assert.Empty(v15.Custom);
    }

    [Fact]
    public void Decode_V15Apis_IncludeWhatTheSdkCalls()
    {
        string[] apis = [.. FinneyMetadata.V15.Apis.Select(a => a.Name)];
        Assert.Equal(22, apis.Length);
        Assert.Subset(
            new HashSet<string>(apis),
            new HashSet<string>
            {
                "NeuronInfoRuntimeApi", "SubnetInfoRuntimeApi", "DelegateInfoRuntimeApi", "StakeInfoRuntimeApi",
                "SubnetRegistrationRuntimeApi", "Metadata", "AccountNonceApi", "TransactionPaymentApi", "SwapRuntimeApi", "Core",
            });
        RuntimeApiMetadata neuronInfo = FinneyMetadata.V15.Apis.Single(a => a.Name == "NeuronInfoRuntimeApi");
        Assert.Equal(["get_neurons", "get_neuron", "get_neurons_lite", "get_neuron_lite"], neuronInfo.Methods.Select(m => m.Name).ToArray());
        Assert.Equal(17, FinneyMetadata.V15.Apis.Single(a => a.Name == "SubnetInfoRuntimeApi").Methods.Count);
    }

    [Fact]
    public void Decode_SpecialCasedTypePaths_PresentInBothRegistries()
    {
        string[] paths =
        [
            "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic", "frame_system::EventRecord", "sp_runtime::multiaddress::MultiAddress",
            "sp_runtime::MultiSignature", "sp_core::crypto::AccountId32", "sp_runtime::generic::era::Era", "sp_weights::weight_v2::Weight",
            "frame_system::AccountInfo", "pallet_balances::types::AccountData", "sp_runtime::DispatchError", "sp_runtime::ModuleError",
        ];
        foreach (RuntimeMetadata metadata in new RuntimeMetadata[] { FinneyMetadata.V14, FinneyMetadata.V15 })
        {
            foreach (string path in paths)
            {
                Assert.NotEmpty(metadata.Types.FindByPath(path));
            }

            PortableType record = metadata.Types.SingleByPath("frame_system::EventRecord");
            Assert.Equal(["E", "T"], record.TypeParameters.Select(p => p.Name).ToArray());
        }
    }

    [Fact]
    public void Decode_OptionAndResult_HaveScaleInfoShape()
    {
        PortableRegistry types = FinneyMetadata.V15.Types;
        PortableType option = types.FindByPath("Option")[0];
        var some = Assert.IsType<VariantDefinition>(option.Definition).FindByIndex(1)!;
        Assert.Equal("Some", some.Name);
        Assert.Equal(new Field(null, option.TypeArgument("T")!.Value), some.Fields.Single());
        Assert.Empty(Assert.IsType<VariantDefinition>(option.Definition).FindByName("None")!.Fields);

        PortableType result = types.FindByPath("Result")[0];
        Assert.Equal(["T", "E"], result.TypeParameters.Select(p => p.Name).ToArray());
        Assert.Equal(["Ok", "Err"], Assert.IsType<VariantDefinition>(result.Definition).Variants.Select(v => v.Name).ToArray());
    }

    [Fact]
    public void Decode_PalletDocs_AbsentInSpec320ButModelledForV15()
    {
        Assert.All(FinneyMetadata.V15.Pallets, p => Assert.Empty(p.Docs));
        RuntimeMetadataV15 documented = FinneyMetadata.V15 with
        {
            Pallets = [.. FinneyMetadata.V15.Pallets.Select(p => p with { Docs = [$"The {p.Name} pallet."] })],
        };
        RuntimeMetadata again = RuntimeMetadata.Decode(documented.Encode());
        Assert.Equal("The System pallet.", again.Pallets[0].Docs.Single());
        Assert.Equal(documented, again);
    }

    private static string Describe(PortableType type) => type.Definition switch
    {
        TupleDefinition { Elements.Count: 0 } => "()",
        PrimitiveDefinition p => p.Primitive.ToString().ToLowerInvariant(),
        _ => type.PathString,
    };
}
