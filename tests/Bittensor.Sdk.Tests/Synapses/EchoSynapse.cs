using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

/// <summary>A text synapse: messages (hashed) and a temperature (hashed float); the server fills completion.</summary>
public sealed class EchoSynapse : Synapse
{
    [JsonPropertyName("messages")]
    public List<string> Messages { get; set; } = [];

    [JsonPropertyName("temperature")]
    public double Temperature { get; set; } = 0.7;

    [JsonPropertyName("delay_ms")]
    public int DelayMs { get; set; }

    [JsonPropertyName("padding")]
    public string? Padding { get; set; }

    [JsonPropertyName("completion")]
    public string? Completion { get; set; }

    [JsonIgnore]
    public override JsonTypeInfo JsonTypeInfo => TestJsonContext.Default.EchoSynapse;

    [JsonIgnore]
    public override IReadOnlyList<SynapseInputField> RequiredInputFields => [new("messages", PyDefault.List)];

    protected override void AddHashFields(BodyHashBuilder builder) =>
        builder.Add("messages", Messages).Add("temperature", Temperature).Add("delay_ms", DelayMs).Add("padding", Padding);
}
