using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Examples.Subnet.Protocol;

/// <summary>
/// The subnet's one synapse, served at <c>/SpamClassification</c>: the validator sends an email's text, the miner fills
/// <see cref="IsSpam"/> and <see cref="SpamProbability"/>. Only the request field is hashed (the body hash signs what
/// the validator asked), and it is frozen: a miner's response cannot swap the question it answered.
/// </summary>
public sealed class SpamClassification : Synapse
{
    /// <summary>The email: its subject line, a blank line, then the body (the same form miners trained on).</summary>
    [JsonPropertyName("email_text")]
    public string EmailText { get; set; } = string.Empty;

    /// <summary>The miner's verdict; null until answered.</summary>
    [JsonPropertyName("is_spam")]
    public bool? IsSpam { get; set; }

    /// <summary>The miner's probability that the email is spam, in [0, 1]; null until answered.</summary>
    [JsonPropertyName("spam_probability")]
    public double? SpamProbability { get; set; }

    [JsonIgnore]
    public override JsonTypeInfo JsonTypeInfo => SpamJsonContext.Default.SpamClassification;

    [JsonIgnore]
    public override IReadOnlyList<SynapseInputField> RequiredInputFields => [new("email_text", PyDefault.Str)];

    protected override void AddHashFields(BodyHashBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add("email_text", EmailText);
    }

    protected override void RestoreFrozenFields(Synapse request)
    {
        if (request is SpamClassification sent)
        {
            EmailText = sent.EmailText;
        }
    }
}
