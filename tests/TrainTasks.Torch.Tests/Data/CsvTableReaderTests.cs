using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class CsvTableReaderTests
{
    [Fact]
    public void Read_Iris_Gives150RowsOfFourFeaturesInThreeEqualClasses()
    {
        var options = new CsvOptions(HeaderRows: 1);

        var data = CsvTableReader.Read(TestData.Iris, options);

        Assert.Equal(150, data.Count);
        Assert.Equal([4], data.FeatureShape);
        Assert.Equal([5.1f, 3.5f, 1.4f, 0.2f], data.Features[..4]);
        Assert.Equal([50, 50, 50], data.Labels.GroupBy(label => label).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void Read_GzipDigitsWithoutHeader_Gives1797RowsOf64Features()
    {
        var data = CsvTableReader.Read(TestData.Digits, new CsvOptions());

        Assert.Equal(1797, data.Count);
        Assert.Equal(64, data.FeatureSize);
        Assert.Equal(10, data.ClassCount);
        Assert.Equal(0, data.Labels[0]);
    }

    [Fact]
    public void Read_SpaceSeparatedWithLabelColumn_TakesThatColumnAsLabel()
    {
        var options = new CsvOptions(LabelColumn: 1, Separator: ' ');

        var data = CsvTableReader.Read(TestData.DiabetesRaw, options);

        Assert.Equal(442, data.Count);
        Assert.Equal(9, data.FeatureSize);
        Assert.Equal(2, data.Labels[0]);
        Assert.Equal([59f, 32.1f], data.Features[..2]);
    }

    [Theory]
    [InlineData(27774)]
    [InlineData(40000)]
    public void Read_TruncatedGzip_ThrowsTT4010(int keptBytes)
    {
        var path = Path.Combine(TrainTasks.TestKit.TestPaths.NewTemporaryDirectory(), "digits.csv.gz");
        File.WriteAllBytes(path, File.ReadAllBytes(TestData.Digits)[..keptBytes]);

        var error = Assert.Throws<TrainTasksException>(() => CsvTableReader.Read(path, new CsvOptions()));

        Assert.Equal("TT4010", error.Diagnostic.Code);
    }

    [Fact]
    public void Read_FieldNotANumber_ThrowsTT4020WithLineAndField()
    {
        var path = TestData.WriteTemporary("table.csv", "1,2,0\n3,x4,1\n");

        var error = Assert.Throws<TrainTasksException>(() => CsvTableReader.Read(path, new CsvOptions()));

        Assert.Equal("TT4020", error.Diagnostic.Code);
        Assert.Equal(new SourceLocation(path, 2, 1), error.Diagnostic.Location);
        Assert.Contains("field 2 is 'x4'", error.Diagnostic.Message);
    }

    [Fact]
    public void Read_RowWithExtraField_ThrowsTT4021()
    {
        var path = TestData.WriteTemporary("table.csv", "h\n1,2,0\n3,4,1\n5,6,7,1\n");

        var error = Assert.Throws<TrainTasksException>(
            () => CsvTableReader.Read(path, new CsvOptions(HeaderRows: 1)));

        Assert.Equal("TT4021", error.Diagnostic.Code);
        Assert.Equal(4, error.Diagnostic.Location?.Line);
    }

    [Theory]
    [InlineData("1,2,-1\n")]
    [InlineData("1,2,0.5\n")]
    [InlineData("1,2,cat\n")]
    public void Read_LabelNotWholeNumber_ThrowsTT4022(string content)
    {
        var path = TestData.WriteTemporary("table.csv", content);

        var error = Assert.Throws<TrainTasksException>(() => CsvTableReader.Read(path, new CsvOptions()));

        Assert.Equal("TT4022", error.Diagnostic.Code);
    }

    [Fact]
    public void Read_LabelColumnOutsideRow_ThrowsTT4023()
    {
        var path = TestData.WriteTemporary("table.csv", "1,2,0\n");

        var error = Assert.Throws<TrainTasksException>(
            () => CsvTableReader.Read(path, new CsvOptions(LabelColumn: 3)));

        Assert.Equal("TT4023", error.Diagnostic.Code);
    }

    [Fact]
    public void Read_OnlyHeader_ThrowsTT4024()
    {
        var path = TestData.WriteTemporary("table.csv", "a,b,label\n\n");

        var error = Assert.Throws<TrainTasksException>(
            () => CsvTableReader.Read(path, new CsvOptions(HeaderRows: 1)));

        Assert.Equal("TT4024", error.Diagnostic.Code);
    }
}
