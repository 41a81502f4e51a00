using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

/// <summary>The upstream test suite's Dummy synapse: <c>dummy_input: int</c> (required, hashed), <c>dummy_output: Optional[int]</c>.</summary>
public sealed class DummySynapse : Synapse
{
    [JsonPropertyName("dummy_input")]
    public int DummyInput { get; set; }

    [JsonPropertyName("dummy_output")]
    public int? DummyOutput { get; set; }

    [JsonIgnore]
    public override string SynapseName => "Dummy";

    [JsonIgnore]
    public override JsonTypeInfo JsonTypeInfo => TestJsonContext.Default.DummySynapse;

    [JsonIgnore]
    public override IReadOnlyList<SynapseInputField> RequiredInputFields => [new("dummy_input", PyDefault.Int)];

    protected override void AddHashFields(BodyHashBuilder builder) => builder.Add("dummy_input", DummyInput);
}
