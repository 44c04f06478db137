// expect: groovy-forbidden
template('x') { }
this.invokeMethod('evaluate', 'System.exit(1)')
