// expect: groovy-forbidden
def list = [1]
list['metaClass'] = null
template('x') { version '1' }
