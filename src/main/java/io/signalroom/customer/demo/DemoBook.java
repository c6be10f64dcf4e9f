package io.signalroom.customer.demo;

import java.util.List;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;

/** A generated book of customers and their timelines, ready to be written. */
record DemoBook(List<CustomerRecord> customers, List<EventRecord> events) {

}
