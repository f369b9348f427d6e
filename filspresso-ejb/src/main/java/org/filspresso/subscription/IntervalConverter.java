package org.filspresso.subscription;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an interval as its number of weeks (the column the schema checks for 1, 2 or 4). */
@Converter
public class IntervalConverter implements AttributeConverter<SubscriptionInterval, Integer> {

    @Override
    public Integer convertToDatabaseColumn(SubscriptionInterval interval) {
        return interval == null ? null : interval.weeks();
    }

    @Override
    public SubscriptionInterval convertToEntityAttribute(Integer weeks) {
        return weeks == null ? null : SubscriptionInterval.ofWeeks(weeks);
    }
}
