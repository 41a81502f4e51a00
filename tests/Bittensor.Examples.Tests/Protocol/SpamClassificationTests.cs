using System.Text.Json;
using Bittensor.Examples.Subnet.Protocol;

namespace Bittensor.Examples.Tests.Protocol;

public sealed class SpamClassificationTests
{
    [Fact]
    public void Json_RoundTrip_SnakeCaseFields()
    {
        SpamClassification synapse = new() { EmailText = "Subject: hi\n\nbody", IsSpam = true, SpamProbability = 0.75 };
        synapse.EnsureJsonTypeInfo();

        using JsonDocument json = JsonDocument.Parse(synapse.ToJsonBytes());
        Assert.Equal("Subject: hi\n\nbody", json.RootElement.GetProperty("email_text").GetString());
        Assert.True(json.RootElement.GetProperty("is_spam").GetBoolean());
        Assert.Equal(0.75, json.RootElement.GetProperty("spam_probability").GetDouble());
        SpamClassification copy = (SpamClassification)synapse.CloneSynapse();
        Assert.Equal(synapse.EmailText, copy.EmailText);
        Assert.Equal(0.75, copy.SpamProbability);
    }

    [Fact]
    public void BodyHash_CoversTheQuestionOnly()
    {
        SpamClassification asked = new() { EmailText = "mail" };
        SpamClassification answered = new() { EmailText = "mail", IsSpam = false, SpamProbability = 0.1 };
        SpamClassification other = new() { EmailText = "other mail" };

        Assert.Equal(["email_text"], asked.RequiredHashFields);
        Assert.Equal(asked.ComputeBodyHash(), answered.ComputeBodyHash());
        Assert.NotEqual(asked.ComputeBodyHash(), other.ComputeBodyHash());
        Assert.Equal("SpamClassification", asked.SynapseName);
    }
}
