package dev.vaultsim.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCsvWriterTest {

    @Test
    void oneRowPerBucketAndClass_emptyFieldsForMissingValues() {
        String csv = new TimelineCsvWriter().toCsv(new RunResults().build());

        assertThat(csv.split("\n", -1)).containsExactly(
                "startSeconds,class,requests,succeeded,failed,availability,p50Millis,p99Millis,state",
                "0,read,1,1,0,1,10,12,NORMAL",
                "0,write,1,1,0,1,18,60.5,NORMAL",
                "60,read,0,0,0,,,,PRIMARY_DOWN",
                "60,write,2,0,2,0,,,PRIMARY_DOWN",
                "");
    }

    @Test
    void emptyTimeline_isJustTheHeader() {
        assertThat(new TimelineCsvWriter().toCsv(new RunResults().withoutRequests().build()))
                .isEqualTo(TimelineCsvWriter.HEADER + "\n");
    }
}
