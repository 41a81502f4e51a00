using System.Text.Json.Nodes;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// The recorded sections from runtimes other than the shipped spec 343 (208, 315, 320) cannot be replayed through the
/// client (it refuses metadata of another spec). Their storage reads still check this client's key derivation and
/// value decoding for items whose layout did not change: each recorded key is split by the spec-343 metadata,
/// re-encoded to the same bytes, and its recorded value decoded to the number finney returned.
/// </summary>
public sealed class RecordedStorageKeyTests
{
    private static readonly Lazy<ChainMetadata> s_metadata = new(() => ChainMetadata.FromHex(FinneyRecordings.MetadataV15Hex));

    [Theory]
    [InlineData("get_balance", "System.Account", null)]
    [InlineData("tempo", "SubtensorModule.Tempo", "1000")]
    [InlineData("difficulty", "SubtensorModule.Difficulty", "10000000")]
    [InlineData("immunity_period", "SubtensorModule.ImmunityPeriod", "5000")]
    [InlineData("max_weight_limit", "SubtensorModule.MaxWeightsLimit", "65535")]
    [InlineData("min_allowed_weights", "SubtensorModule.MinAllowedWeights", "1")]
    [InlineData("recycle", "SubtensorModule.Burn", "1")]
    [InlineData("subnet_exists", "SubtensorModule.NetworksAdded", "true")]
    [InlineData("subnetwork_n", "SubtensorModule.SubnetworkN", "1024")]
    [InlineData("get_total_subnets", "SubtensorModule.TotalNetworks", "247")]
    [InlineData("get_uid_for_hotkey_on_subnet", "SubtensorModule.Uids", "5")]
    [InlineData("is_hotkey_registered_on_subnet", "SubtensorModule.Uids", "29")]
    [InlineData("get_delegate_take", "SubtensorModule.Delegates", "11796")]
    [InlineData("get_prometheus_info", "SubtensorModule.Prometheus", "absent")]
    [InlineData("get_commitment", "Commitments.CommitmentOf", "absent")]
    public void RecordedStorageRead_Spec343Metadata_ReEncodesKeyAndDecodesValue(string section, string item, string? expected)
    {
        ChainMetadata metadata = s_metadata.Value;
        int found = 0;
        foreach ((string paramsText, JsonNode? response) in FinneyRecordings.Section(section)["state_getStorageAt"]!.AsObject())
        {
            string keyHex = JsonNode.Parse(paramsText)![0]!.GetValue<string>();
            byte[] key = Hex.Decode(keyHex);
            StorageItem? storage = FindItem(metadata, key);
            if (storage is null || storage.ToString() != item)
            {
                continue;
            }

            found++;
            IReadOnlyList<ScaleValue?> keys = storage.DecodeKey(key);
            Assert.Equal(keyHex, Hex.Encode(storage.Key([.. keys.Select(k => k!)])));
            string? valueHex = response!["result"]?.GetValue<string>();
            ScaleValue? value = storage.DecodeValueOrDefault(valueHex is null ? null : Hex.Decode(valueHex));
            if (item == "System.Account")
            {
                Assert.Equal(141u, value!["nonce"].ToUInt32());
                Assert.Equal(7_450_117_072UL, value["data"]["free"].ToUInt64());
                Assert.Equal(100_000_000UL, value["data"]["reserved"].ToUInt64());
            }
            else if (expected == "absent")
            {
                Assert.Null(valueHex);
                Assert.Null(value);
            }
            else
            {
                Assert.Equal(expected, value!.ToJson());
            }
        }

        Assert.Equal(1, found);
    }

    [Fact]
    public void RecordedLastUpdate_Spec320_FirstEntryMatchesNeuronRecord()
    {
        // blocks_since_last_update (spec 320, block 6 553 223) reads SubtensorModule.LastUpdate[1]; uid 0's entry is
        // the last_update the spec-343 neurons_lite recording reports for the same hotkey slot.
        ChainMetadata metadata = s_metadata.Value;
        StorageItem lastUpdate = metadata.Storage("SubtensorModule", "LastUpdate");
        string key = Hex.Encode(lastUpdate.Key(ScaleValue.U16(1)));
        JsonNode answer = FinneyRecordings.Section("blocks_since_last_update")["state_getStorageAt"]![$"[\"{key}\", \"0x2830271e820b419253b79cbafea83f726354bbef26eb318835ffa774288de9ff\"]"]!;

        SequenceValue updates = Assert.IsType<SequenceValue>(lastUpdate.DecodeValue(Hex.Decode(answer["result"]!.GetValue<string>())));

        Assert.Equal(1024, updates.Items.Count);
        Assert.Equal(2_543_521UL, updates.Items[0].ToUInt64());
    }

    private static StorageItem? FindItem(ChainMetadata metadata, byte[] key)
    {
        foreach (PalletMetadata pallet in metadata.Pallets)
        {
            foreach (StorageItem item in metadata.StorageItems(pallet.Name))
            {
                if (key.AsSpan().StartsWith(item.KeyPrefix()))
                {
                    return item;
                }
            }
        }

        return null;
    }
}
