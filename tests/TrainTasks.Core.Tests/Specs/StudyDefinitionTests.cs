namespace TrainTasks.Core.Tests.Specs;

public sealed class StudyDefinitionTests
{
    private static readonly string s_baseline = SpecText.Load(SpecText.Valid).Spec!.StudyDefinition;

    [Theory]
    [InlineData("\"dropout\": 0.1", "\"dropout\": 0.10")]
    [InlineData("\"dropout\": 0.1", "\"dropout\": 1e-1")]
    [InlineData("\"trials\": 12", "\"trials\": 50")]
    [InlineData("\"$schema\": \"./sweep.schema.json\",", "")]
    [InlineData("\"seed\": 42,", "\"seed\": 42, \"cache\": \"../cache\", \"storage\": \"study.db\",")]
    [InlineData("\"name\": \"fashion-mlp\",\n  \"seed\": 42,", "\"seed\": 42,\n  \"name\": \"fashion-mlp\",")]
    [InlineData("\"optimizer\": \"adam\", \"epochs\": 3", "\"epochs\": 3, \"optimizer\": \"adam\"")]
    [InlineData("\"strategy\": \"random\"", "\"strategy\": { \"type\": \"random\" }")]
    [InlineData("\"strategy\": \"random\",", "")]
    [InlineData("\"seed\": 42,", "\"seed\": 42, \"refit\": true,")]
    public void StudyDefinition_ChangeThatDecidesNoTrial_StaysTheSame(string oldText, string newText)
    {
        var json = SpecText.ValidWith(oldText, newText);

        var definition = SpecText.Load(json).Spec!.StudyDefinition;

        Assert.Equal(s_baseline, definition);
    }

    [Theory]
    [InlineData("\"dropout\": 0.1", "\"dropout\": 0.2")]
    [InlineData("\"seed\": 42", "\"seed\": 43")]
    [InlineData("\"high\": 1e-2", "\"high\": 2e-2")]
    [InlineData("\"choices\": [[128], [256, 128]]", "\"choices\": [[128]]")]
    public void StudyDefinition_ChangeThatDecidesTrials_Differs(string oldText, string newText)
    {
        var json = SpecText.ValidWith(oldText, newText);

        var definition = SpecText.Load(json).Spec!.StudyDefinition;

        Assert.NotEqual(s_baseline, definition);
    }
}
