/**
 * Public holidays per country and subdivision (from the Jollyday holiday library), bridge days
 * and the distance to the next holiday: what changes a contact's reachability by date.
 */
package org.reachlab.data.calendar;
