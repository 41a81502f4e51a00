using System.Text.Json;
using Bittensor.Core.Hashing;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Metadata;

public class ChainMetadataLookupTests
{
    public static TheoryData<int> Versions() => [14, 15];

    private static JsonElement StorageKeys => VectorFile.SubstrateCrypto.GetProperty("storage_keys");

    private static byte[] Public(string name) =>
        Hex.Decode(VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").GetProperty(name).GetProperty("public").GetString()!);

    private static string Vector(string name) => StorageKeys.GetProperty(name).GetString()!;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Pallet_ByNameAndIndex_Agree(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        Assert.Equal(7, chain.Pallet("SubtensorModule").Index);
        Assert.Equal("SubtensorModule", chain.Pallet(7).Name);
        Assert.Equal("Sudo", chain.Pallet(12).Name);
        Assert.False(chain.TryGetPallet(8, out _));
        Assert.False(chain.TryGetPallet("Staking", out _));
        Assert.Throws<KeyNotFoundException>(() => chain.Pallet("Staking"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Call_TransferKeepAlive_IsFiveThreeWithDestAndValue(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        PalletVariant call = chain.Call("Balances", "transfer_keep_alive");
        Assert.Equal((5, 3), (call.PalletIndex, call.Index));
        Assert.Equal<string?>(["dest", "value"], call.Fields.Select(f => f.Name));
        Assert.Equal("sp_runtime::multiaddress::MultiAddress", chain.Types.Resolve(call.Fields[0].Type).PathString);
        Assert.Equal("Balances.transfer_keep_alive", chain.Call(5, 3).QualifiedName);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Call_BurnedRegister_IsSevenSevenWithNetuidAndHotkey(int version)
    {
        PalletVariant call = FinneyMetadata.Chain(version).Call("SubtensorModule", "burned_register");
        Assert.Equal((7, 7), (call.PalletIndex, call.Index));
        Assert.Equal<string?>(["netuid", "hotkey"], call.Fields.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Error_SubtensorSix_IsHotKeyNotRegisteredInNetwork(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        string expected = VectorFile.SubstrateCrypto.GetProperty("events").GetProperty("module_error_7_6_name").GetString()!;
        PalletVariant error = chain.ModuleError(7, [6, 0, 0, 0]);
        Assert.Equal("HotKeyNotRegisteredInNetwork", error.Name);
        Assert.Equal(expected, $"subtensorModule.{error.Name}");
        Assert.Equal(error, chain.Error(7, 6));
        Assert.Equal(6, chain.Error("SubtensorModule", "HotKeyNotRegisteredInNetwork").Index);
        Assert.False(chain.TryGetError(7, 200, out _));
        Assert.False(chain.TryGetError(1, 0, out _));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Event_SystemExtrinsicEvents_HaveSpec320Indices(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        string[] expected = ["ExtrinsicSuccess", "ExtrinsicFailed", "CodeUpdated", "NewAccount", "KilledAccount", "Remarked", "UpgradeAuthorized", "RejectedInvalidAuthorizedUpgrade"];
        Assert.Equal(expected, chain.Events("System").Select(e => e.Name).ToArray());
        Assert.Equal(expected.Select((_, i) => (byte)i).ToArray(), chain.Events("System").Select(e => e.Index).ToArray());
        Assert.Equal("ExtrinsicFailed", chain.Event(0, 1).Name);
        Assert.Equal<string?>(["dispatch_error", "dispatch_info"], chain.Event("System", "ExtrinsicFailed").Fields.Select(f => f.Name));
        Assert.Throws<KeyNotFoundException>(() => chain.Event("System", "Nope"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_SystemAccount_Blake2ConcatAccountIdToAccountInfo(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        StorageItem account = chain.Storage("System", "Account");
        Assert.Equal([StorageHasher.Blake2_128Concat], account.Hashers);
        Assert.Equal("sp_core::crypto::AccountId32", chain.Types.Resolve(Assert.Single(account.KeyTypes)).PathString);
        Assert.Equal("frame_system::AccountInfo", chain.Types.Resolve(account.ValueType).PathString);
        Assert.Equal(StorageEntryModifier.Default, account.Modifier);
        // The default AccountInfo is all zero except ExtraFlags' "new logic" bit (pallet_balances IS_NEW_LOGIC).
        Assert.Equal([.. new byte[55], 0x80], account.Default.ToArray());
        Assert.Equal(Vector("System.Account(prefix)"), Hex.Encode(account.KeyPrefix()));
        Assert.Equal(Vector("System.Account(//Alice)"), Hex.Encode(account.KeyFromEncoded(Public("//Alice"))));
        Assert.Equal(Vector("System.Account(//Bob)"), Hex.Encode(account.Key(ScaleValue.Bytes(Public("//Bob")))));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_DecodeKey_RecoversTheAccountBehindBlake2Concat(int version)
    {
        StorageItem account = FinneyMetadata.Chain(version).Storage("System", "Account");
        IReadOnlyList<ScaleValue?> keys = account.DecodeKey(Hex.Decode(Vector("System.Account(//Alice)")));
        Assert.Equal(Public("//Alice"), Assert.Single(keys)!.ToBytes());
        Assert.Throws<FormatException>(() => account.DecodeKey(Hex.Decode(Vector("System.Events"))));
    }

    [Theory]
    [InlineData("System", "Events", "System.Events")]
    [InlineData("System", "Number", "System.Number")]
    [InlineData("Timestamp", "Now", "Timestamp.Now")]
    [InlineData("Balances", "TotalIssuance", "Balances.TotalIssuance")]
    [InlineData("Sudo", "Key", "Sudo.Key")]
    public void Storage_PlainValues_KeyIsThePrefix(string pallet, string item, string vector)
    {
        foreach (int version in new[] { 14, 15 })
        {
            StorageItem storage = FinneyMetadata.Chain(version).Storage(pallet, item);
            Assert.False(storage.IsMap);
            Assert.Empty(storage.KeyTypes);
            Assert.Equal(Vector(vector), Hex.Encode(storage.Key()));
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_BlockHash_Twox64ConcatU32(int version)
    {
        StorageItem blockHash = FinneyMetadata.Chain(version).Storage("System", "BlockHash");
        Assert.Equal([StorageHasher.Twox64Concat], blockHash.Hashers);
        Assert.Equal(Vector("System.BlockHash(0) [Twox64Concat u32]"), Hex.Encode(blockHash.Key(ScaleValue.U32(0))));
        Assert.Equal(0u, blockHash.DecodeKey(blockHash.Key(ScaleValue.U32(0)))[0]!.ToUInt32());
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_SubtensorBonds_IdentityIdentityMatchesRecordedKey(int version)
    {
        // The key recorded from finney (substrate-wire.md §4 calls it Keys(23, 0); twox128("Bonds") is 5641…6ab0,
        // twox128("Keys") is 9f99…f179).
        StorageItem keys = FinneyMetadata.Chain(version).Storage("SubtensorModule", "Bonds");
        Assert.Equal([StorageHasher.Identity, StorageHasher.Identity], keys.Hashers);
        Assert.Equal(2, keys.KeyTypes.Count);
        Assert.Equal("0x658faa385070e074c85bf6b568cf05559f99a2ce711f3a31b2fc05604c93f179", Hex.Encode(FinneyMetadata.Chain(version).Storage("SubtensorModule", "Keys").KeyPrefix()));
        const string Recorded = "0x658faa385070e074c85bf6b568cf05555641285262b8f970e4cbaafbff8d6ab017000000";
        Assert.Equal(Recorded, Hex.Encode(keys.Key(ScaleValue.U16(23), ScaleValue.U16(0))));
        Assert.Equal(Recorded, Hex.Encode(keys.KeyFromEncoded([23, 0], [0, 0])));
        Assert.Equal(Recorded[..^4], Hex.Encode(keys.Key(ScaleValue.U16(23))));
        Assert.Equal([23u, 0u], keys.DecodeKey(Hex.Decode(Recorded)).Select(k => k!.ToUInt32()).ToArray());
        Assert.Throws<ArgumentException>(() => keys.Key(ScaleValue.U16(1), ScaleValue.U16(2), ScaleValue.U16(3)));
        Assert.Throws<ValueEncodeException>(() => keys.Key(ScaleValue.U32(70_000)));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_SubtensorAlpha_ThreeKeysAndU64F64Value(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        StorageItem alpha = chain.Storage("SubtensorModule", "Alpha");
        Assert.Equal([StorageHasher.Blake2_128Concat, StorageHasher.Blake2_128Concat, StorageHasher.Identity], alpha.Hashers);
        Assert.Equal(3, alpha.KeyTypes.Count);
        Assert.Equal("substrate_fixed::FixedU128", chain.Types.Resolve(alpha.ValueType).PathString);

        byte[] key = alpha.Key(ScaleValue.Bytes(Public("//Alice")), ScaleValue.Bytes(Public("//Bob")), ScaleValue.U16(1));
        Assert.Equal(32 + 48 + 48 + 2, key.Length);
        IReadOnlyList<ScaleValue?> decoded = alpha.DecodeKey(key);
        Assert.Equal(Public("//Bob"), decoded[1]!.ToBytes());
        Assert.Equal(1u, decoded[2]!.ToUInt32());
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Storage_AbsentValue_ReadsDefaultOrNullByModifier(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        ScaleValue account = chain.Storage("System", "Account").DecodeValueOrDefault(null)!;
        Assert.Equal(0u, account["nonce"].ToUInt32());
        Assert.Equal(0ul, account["data"]["free"].ToUInt64());
        Assert.Equal(UInt128.One << 127, account["data"]["flags"].ToUInt128());

        StorageItem sudoKey = chain.Storage("Sudo", "Key");
        Assert.Equal(StorageEntryModifier.Optional, sudoKey.Modifier);
        Assert.Null(sudoKey.DecodeValueOrDefault(null));
        Assert.Equal(Public("//Alice"), sudoKey.DecodeValueOrDefault(Public("//Alice"))!.ToBytes());
    }

    [Theory]
    [InlineData("System", "BlockHashCount", 2400)]
    [InlineData("Balances", "ExistentialDeposit", 500)]
    [InlineData("System", "SS58Prefix", 42)]
    public void Constant_KnownValues_Decode(string pallet, string name, int expected)
    {
        foreach (int version in new[] { 14, 15 })
        {
            ChainMetadata chain = FinneyMetadata.Chain(version);
            Assert.Equal((ulong)expected, chain.ConstantValue(pallet, name).ToUInt64());
            Assert.NotEmpty(chain.Constant(pallet, name).Value.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Constant_SystemVersion_IsNodeSubtensor(int version)
    {
        // The files are named spec320 (the era of their 11 signed extensions) but the runtime that produced them
        // reports spec_version 343 in its System.Version constant.
        ScaleValue runtimeVersion = FinneyMetadata.Chain(version).ConstantValue("System", "Version");
        Assert.Equal("node-subtensor", runtimeVersion["spec_name"].ToText());
        Assert.Equal(343u, runtimeVersion["spec_version"].ToUInt32());
        Assert.Equal(1u, runtimeVersion["transaction_version"].ToUInt32());
        Assert.Throws<KeyNotFoundException>(() => FinneyMetadata.Chain(version).Constant("System", "Nope"));
    }

    [Fact]
    public void RuntimeApi_V15Methods_StateCallNameAndArguments()
    {
        ChainMetadata chain = FinneyMetadata.ChainV15;
        RuntimeApiMethod getNeurons = chain.RuntimeApi("NeuronInfoRuntimeApi", "get_neurons");
        Assert.Equal("NeuronInfoRuntimeApi_get_neurons", getNeurons.StateCallName);
        Assert.Equal(["netuid"], getNeurons.Inputs.Select(i => i.Name).ToArray());
        Assert.Equal("0x0100", Hex.Encode(getNeurons.EncodeArguments(ScaleValue.U16(1))));
        Assert.Throws<ArgumentException>(() => getNeurons.EncodeArguments());

        RuntimeApiMethod nonce = chain.RuntimeApi("AccountNonceApi", "account_nonce");
        Assert.Equal(Public("//Alice"), nonce.EncodeArguments(ScaleValue.Bytes(Public("//Alice"))));
        Assert.Equal(5u, nonce.DecodeOutput([5, 0, 0, 0]).ToUInt32());

        RuntimeApiMethod cost = chain.RuntimeApi("SubnetRegistrationRuntimeApi", "get_network_registration_cost");
        Assert.Empty(cost.EncodeArguments());
        Assert.False(chain.TryGetRuntimeApi("NeuronInfoRuntimeApi", "nope", out _));
    }

    [Fact]
    public void RuntimeApi_V14_HasNone()
    {
        Assert.Empty(FinneyMetadata.ChainV14.Apis);
        Assert.False(FinneyMetadata.ChainV14.TryGetRuntimeApi("Metadata", "metadata_at_version", out _));
        Assert.Throws<KeyNotFoundException>(() => FinneyMetadata.ChainV14.RuntimeApi("Metadata", "metadata_at_version"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void ExtrinsicTypes_ResolveToSubstratePaths(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        Assert.Equal("node_subtensor_runtime::RuntimeCall", chain.Types.Resolve(chain.CallType).PathString);
        Assert.Equal("node_subtensor_runtime::RuntimeEvent", chain.Types.Resolve(chain.EventType).PathString);
        Assert.Equal("sp_runtime::multiaddress::MultiAddress", chain.Types.Resolve(chain.AddressType).PathString);
        Assert.Equal("sp_runtime::MultiSignature", chain.Types.Resolve(chain.SignatureType).PathString);
        Assert.True(chain.HasSignedExtension("CheckMetadataHash"));
        Assert.Equal(version == 15, chain.ErrorType is not null);
    }
}
