using System.Text.Json.Nodes;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Testing;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;
using CoreValue = Bittensor.Core.Metadata.ScaleValue;
using RuntimeValue = Bittensor.Runtime.Framework.Types.ScaleValue;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

/// <summary>
/// Layout parity with finney: our runtime API types against the types finney's V15 metadata (spec 343) declares for
/// the same methods, our outputs decoded with finney's types, and finney's recorded <c>state_call</c> answers decoded with
/// our types. Spec-425 changes upstream made since 343 are the only differences allowed: <c>activity_cutoff</c> is
/// <c>Compact&lt;u64&gt;</c> (was u16; the compact bytes are the same) and <c>SimSwapResult</c> gained two trailing fields.
/// </summary>
public class FinneyLayoutTests
{
    private static readonly string[] OurApis =
        ["DelegateInfoRuntimeApi", "NeuronInfoRuntimeApi", "SubnetInfoRuntimeApi", "StakeInfoRuntimeApi", "SubnetRegistrationRuntimeApi", "SwapRuntimeApi"];

    private static readonly Lazy<ChainMetadata> s_finney = new(() =>
        ChainMetadata.FromHex(File.ReadAllText(Path.Combine(RepoPaths.FinneyFolder, "metadata-v15-spec320.hex.txt")).Trim()));

    private static ChainMetadata Finney => s_finney.Value;

    /// <summary>Arguments (CLR values for our input types) for every method the byte-level check calls.</summary>
    private static Dictionary<string, object?[]> Arguments() => new()
    {
        ["DelegateInfoRuntimeApi_get_delegates"] = [],
        ["DelegateInfoRuntimeApi_get_delegate"] = [Id(Eve)],
        ["DelegateInfoRuntimeApi_get_delegated"] = [Id(Ferdie)],
        ["NeuronInfoRuntimeApi_get_neurons"] = [NetUid],
        ["NeuronInfoRuntimeApi_get_neuron"] = [NetUid, Uid(Charlie)],
        ["NeuronInfoRuntimeApi_get_neurons_lite"] = [NetUid],
        ["NeuronInfoRuntimeApi_get_neuron_lite"] = [NetUid, Uid(Dave)],
        ["SubnetInfoRuntimeApi_get_subnet_info"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_subnets_info"] = [],
        ["SubnetInfoRuntimeApi_get_subnet_info_v2"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_subnets_info_v2"] = [],
        ["SubnetInfoRuntimeApi_get_subnet_hyperparams"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_subnet_hyperparams_v2"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_all_dynamic_info"] = [],
        ["SubnetInfoRuntimeApi_get_all_metagraphs"] = [],
        ["SubnetInfoRuntimeApi_get_metagraph"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_all_mechagraphs"] = [],
        ["SubnetInfoRuntimeApi_get_mechagraph"] = [NetUid, (byte)0],
        ["SubnetInfoRuntimeApi_get_dynamic_info"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_subnet_state"] = [NetUid],
        ["SubnetInfoRuntimeApi_get_selective_metagraph"] = [NetUid, Enumerable.Range(0, 74).Select(i => (object?)(ushort)i).ToArray()],
        ["SubnetInfoRuntimeApi_get_coldkey_auto_stake_hotkey"] = [Id(Bob), NetUid],
        ["SubnetInfoRuntimeApi_get_selective_mechagraph"] = [NetUid, (byte)0, new object?[] { (ushort)1, (ushort)52, (ushort)72, (ushort)200 }],
        ["SubnetInfoRuntimeApi_get_subnet_to_prune"] = [],
        ["StakeInfoRuntimeApi_get_stake_info_for_coldkey"] = [Id(Bob)],
        ["StakeInfoRuntimeApi_get_stake_info_for_coldkeys"] = [new object?[] { Id(Bob), Id(Ferdie) }],
        ["StakeInfoRuntimeApi_get_stake_info_for_hotkey_coldkey_netuid"] = [Id(Eve), Id(Ferdie), NetUid],
        ["StakeInfoRuntimeApi_get_stake_fee"] = [new object?[] { Id(Eve), NetUid }, Id(Bob), new object?[] { Id(Dave), NetUid }, Id(Bob), 1_000_000_000UL],
        ["SubnetRegistrationRuntimeApi_get_network_registration_cost"] = [],
        ["SwapRuntimeApi_current_alpha_price"] = [NetUid],
        ["SwapRuntimeApi_sim_swap_tao_for_alpha"] = [NetUid, 1_000_000_000UL],
        ["SwapRuntimeApi_sim_swap_alpha_for_tao"] = [NetUid, 1_000_000_000UL],
    };

    private static IEnumerable<(RuntimeApiDescriptor Api, RuntimeApiMethodDescriptor Method)> OurMethods() =>
        Chain.Runtime.Apis.Apis.Where(a => OurApis.Contains(a.Name)).SelectMany(a => a.Methods.Select(m => (a, m)));

    [Fact]
    public void EveryFinneyMethod_OfTheBittensorApis_IsImplemented()
    {
        foreach (RuntimeApiMetadata api in Finney.Apis.Where(a => OurApis.Contains(a.Name)))
        {
            foreach (RuntimeApiMethodMetadata method in api.Methods)
            {
                Assert.True(Chain.Runtime.Apis.Contains($"{api.Name}_{method.Name}"), $"{api.Name}_{method.Name} is missing");
            }
        }
    }

    [Fact]
    public void OurInputAndOutputTypes_MatchFinneysMetadata_FieldByField()
    {
        int compared = 0;
        foreach ((RuntimeApiDescriptor api, RuntimeApiMethodDescriptor method) in OurMethods())
        {
            if (!Finney.TryGetRuntimeApi(api.Name, method.Name, out RuntimeApiMethod? finney))
            {
                continue;
            }

            string where = $"{api.Name}_{method.Name}";
            Assert.Equal(finney.Inputs.Select(i => i.Name), method.Inputs.Select(i => i.Name));
            for (int i = 0; i < method.Inputs.Count; i++)
            {
                Compare(method.Inputs[i].Type, finney.Inputs[i].Type, $"{where}({method.Inputs[i].Name})");
            }

            Compare(method.Output, finney.OutputType, where);
            compared++;
        }

        Assert.True(compared >= 30, $"only {compared} methods compared");
    }

    [Fact]
    public void OurOutputs_DecodeWithFinneysTypes_ConsumingEveryByte_AndReEncodeIdentically()
    {
        foreach ((string method, object?[] args) in Arguments())
        {
            RuntimeApiMethodDescriptor ours = Chain.Method(method);
            byte[] input = ApiChain.Args([.. ours.Inputs.Select((p, i) => RuntimeValue.EncodeToArray(p.Type, args[i]))]);
            byte[] output = Chain.Call(method, input);
            string[] parts = method.Split('_', 2);
            if (!Finney.TryGetRuntimeApi(parts[0], parts[1], out RuntimeApiMethod? finney))
            {
                // Added after spec 343 (get_all_mechagraphs, get_mechagraph): our own type must read it back.
                Assert.Equal(output, RuntimeValue.EncodeToArray(ours.Output, ApiChain.Decode(ours.Output, output)));
                continue;
            }

            var reader = new ScaleReader(output);
            CoreValue decoded = Finney.Codec.Decode(finney.OutputType, ref reader);
            int consumed = output.Length - reader.Remaining;
            int expectedTail = method.StartsWith("SwapRuntimeApi_sim_swap", StringComparison.Ordinal) ? 16 : 0;
            Assert.True(reader.Remaining == expectedTail, $"{method}: {reader.Remaining} bytes left after finney's type, expected {expectedTail}");
            Assert.Equal(output.AsSpan(0, consumed).ToArray(), Finney.Codec.Encode(finney.OutputType, decoded));
        }
    }

    [Fact]
    public void FinneysMetagraph_SeesOurStakesKeysAndAxons_ByFieldName()
    {
        RuntimeApiMethod finney = Finney.RuntimeApi("SubnetInfoRuntimeApi", "get_metagraph");
        var option = (Core.Metadata.VariantValue)finney.DecodeOutput(Chain.Call("SubnetInfoRuntimeApi_get_metagraph", ApiChain.U16(NetUid)));
        Assert.Equal("Some", option.Name);
        CoreValue metagraph = option.Single;
        var s = Chain.State;
        Assert.Equal(NetUid, (ushort)metagraph["netuid"].ToUInt32());
        Assert.Equal(Chain.Module.SubnetworkN.Get(s, NetUid), (ushort)metagraph["num_uids"].ToUInt32());
        Assert.Equal(Id(Dave).ToArray(), metagraph["hotkeys"][Uid(Dave)].ToBytes());
        Assert.Equal(Chain.Module.TotalHotkeyAlpha.Get(s, Id(Eve), NetUid), metagraph["alpha_stake"][Uid(Eve)].ToUInt64());
        Assert.Equal(AxonPort, (ushort)metagraph["axons"][Uid(Dave)]["port"].ToUInt32());
        Assert.Equal(Chain.Number, metagraph["block"].ToUInt64());
    }

    /// <summary>
    /// Recordings from specs 315 and later (before that the APIs returned their struct wrapped in a <c>Vec&lt;u8&gt;</c>, a
    /// layout no current client reads).
    /// </summary>
    [Fact]
    public void FinneysRecordedAnswers_DecodeWithOurTypes_ConsumingEveryByte()
    {
        JsonObject recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.FinneyFolder, "recorded-rpc.json")))!.AsObject();
        int decoded = 0;
        foreach ((string section, JsonNode? rpcs) in recorded)
        {
            if (rpcs?["state_call"] is not JsonObject calls || SpecVersion(rpcs) is < 315)
            {
                continue;
            }

            foreach ((string paramsJson, JsonNode? answer) in calls)
            {
                string method = JsonNode.Parse(paramsJson)![0]!.GetValue<string>();
                JsonNode? response = answer is JsonObject o && o["__cycle__"] is JsonArray cycle ? cycle[^1] : answer;
                if (response?["result"]?.GetValue<string>() is not { } hex || !Chain.Runtime.Apis.Contains(method))
                {
                    continue;
                }

                byte[] bytes = Hex.Decode(hex);
                TypeRef output = Chain.Output(method);
                object? value = ApiChain.Decode(output, bytes);
                Assert.True(bytes.AsSpan().SequenceEqual(RuntimeValue.EncodeToArray(output, value)), $"{section}/{method} does not re-encode to the recorded bytes");
                decoded++;
            }
        }

        Assert.True(decoded >= 6, $"only {decoded} recorded answers decoded");
    }

    /// <summary>The spec version in a recorded section's <c>state_getRuntimeVersion</c> answer, if it has one.</summary>
    private static uint? SpecVersion(JsonNode section)
    {
        foreach ((_, JsonNode? answer) in section["state_getRuntimeVersion"]?.AsObject() ?? [])
        {
            JsonNode? response = answer is JsonObject o && o["__cycle__"] is JsonArray cycle ? cycle[^1] : answer;
            if (response?["result"]?["specVersion"] is JsonNode spec)
            {
                return spec.GetValue<uint>();
            }
        }

        return null;
    }

    /// <summary>Walks our type and finney's together: same shape, paths, field names, variant indexes and compact-ness.</summary>
    private static void Compare(TypeRef ours, uint finneyId, string where)
    {
        PortableType finney = Finney.Types.Resolve(finneyId);
        switch (ours, finney.Definition)
        {
            case (PrimitiveType p, PrimitiveDefinition f):
                Assert.True(p.Kind == f.Primitive, $"{where}: {p.Kind} vs finney {f.Primitive}");
                break;
            case (CompactType c, CompactDefinition f):
                if (where.Contains(".activity_cutoff", StringComparison.Ordinal) && Finney.Types.Resolve(f.Type).Definition is PrimitiveDefinition { Primitive: PrimitiveKind.U16 })
                {
                    Assert.Equal(TypeRef.U64, c.Inner);
                    break;
                }

                Compare(c.Inner, f.Type, where + "<compact>");
                break;
            case (SequenceType s, SequenceDefinition f):
                Compare(s.Inner, f.ElementType, where + "[]");
                break;
            case (ArrayType a, ArrayDefinition f):
                Assert.True(a.Length == f.Length, $"{where}: array length {a.Length} vs finney {f.Length}");
                Compare(a.Inner, f.ElementType, where + "[;]");
                break;
            case (TupleType t, TupleDefinition f):
                Assert.True(t.Items.Count == f.Elements.Count, $"{where}: tuple arity {t.Items.Count} vs finney {f.Elements.Count}");
                for (int i = 0; i < t.Items.Count; i++)
                {
                    Compare(t.Items[i], f.Elements[i], $"{where}.{i}");
                }

                break;
            case (CompositeType c, CompositeDefinition f):
                Assert.True(c.ToString() == finney.PathString, $"{where}: path {c} vs finney {finney.PathString}");
                int count = c.ToString() == "pallet_subtensor_swap_runtime_api::SimSwapResult" ? f.Fields.Count : c.Fields.Count;
                Assert.True(count == f.Fields.Count, $"{where}: {c.Fields.Count} fields vs finney {f.Fields.Count}");
                for (int i = 0; i < count; i++)
                {
                    Assert.True(c.Fields[i].Name == f.Fields[i].Name, $"{where}: field {i} {c.Fields[i].Name} vs finney {f.Fields[i].Name}");
                    Compare(c.Fields[i].Type, f.Fields[i].Type, $"{where}.{c.Fields[i].Name}");
                }

                break;
            case (VariantType v, VariantDefinition f):
                Assert.True(v.ToString() == finney.PathString, $"{where}: path {v} vs finney {finney.PathString}");
                Assert.True(v.Variants.Count == f.Variants.Count, $"{where}: {v.Variants.Count} variants vs finney {f.Variants.Count}");
                foreach (VariantDef variant in v.Variants)
                {
                    Variant other = f.FindByIndex(variant.Index) ?? throw new Xunit.Sdk.XunitException($"{where}: finney has no variant {variant.Index}");
                    Assert.Equal(other.Name, variant.Name);
                    Assert.Equal(other.Fields.Count, variant.Fields.Count);
                    for (int i = 0; i < variant.Fields.Count; i++)
                    {
                        Compare(variant.Fields[i].Type, other.Fields[i].Type, $"{where}::{variant.Name}.{i}");
                    }
                }

                break;
            default:
                throw new Xunit.Sdk.XunitException($"{where}: {ours.GetType().Name} ({ours}) vs finney {finney.Definition.Kind} {finney.PathString}");
        }
    }
}
